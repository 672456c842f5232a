import { customerRoute, type MatrixEntry } from "./types"

export const CATALOG_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/products": { expect: customerRoute(200) },
  "GET /store/portal/products/:id": {
    expect: customerRoute(200),
    params: (fixtures) => ({ id: fixtures.product_id }),
  },
}
