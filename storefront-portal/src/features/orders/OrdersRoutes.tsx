import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { OrderPage } from "./OrderPage"
import { OrdersPage } from "./OrdersPage"

/** /account/orders…, loaded on demand: the list and an order's page. */
export default function OrdersRoutes() {
  return (
    <Routes>
      <Route index element={<OrdersPage />} />
      <Route path=":id" element={<OrderPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
