import { customerRoute, type MatrixEntry } from "./types"

const order = (fixtures: { order_id: string }) => ({ id: fixtures.order_id })

export const ORDERS_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/orders": { expect: customerRoute(200) },
  "GET /store/portal/orders/:id": {
    expect: customerRoute(200),
    params: order,
    foreign: (fixtures) => order(fixtures.foreign),
  },
}
