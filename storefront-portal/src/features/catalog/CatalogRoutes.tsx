import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { CartAllowed } from "../../app/SectionPage"
import { CartPage } from "./CartPage"
import { CatalogPage } from "./CatalogPage"
import { ProductPage } from "./ProductPage"

/** /account/catalog…, loaded on demand: the list, the cart and a product's page. */
export default function CatalogRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogPage />} />
      <Route
        path="cart"
        element={
          <CartAllowed>
            <CartPage />
          </CartAllowed>
        }
      />
      <Route path=":id" element={<ProductPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
