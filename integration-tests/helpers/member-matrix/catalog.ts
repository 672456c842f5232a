import { customerRoute, type MatrixEntry } from "./types"

export const CATALOG_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/products": { expect: customerRoute(200) },
  "GET /store/portal/products/:id": {
    expect: customerRoute(200),
    params: (fixtures) => ({ id: fixtures.product_id }),
  },
  // A cart id that is not the caller's (none is): past the guard, the same 404 as
  // another customer's cart; portal-pricing.spec.ts covers the caller's own cart.
  "POST /store/portal/cart-company": {
    expect: customerRoute(404),
    body: () => ({ cart_id: "cart_01AAAAAAAAAAAAAAAAAAAAAAAA" }),
  },
}
