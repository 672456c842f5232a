import { customerRoute, type MatrixEntry } from "./types"

/**
 * Quote requests from the portal cart (docs/ARCHITECTURE.md, "Quote requests").
 * The matrix has no cart: a cart id that is not the caller's gets, past the
 * guard, the same 404 as another customer's cart; portal-ordering.spec.ts
 * covers the caller's own cart (201), the setting and the statuses.
 */
export const REQUESTS_ROUTES: Record<string, MatrixEntry> = {
  "POST /store/portal/quote-requests": {
    expect: customerRoute(404),
    body: () => ({ cart_id: "cart_01AAAAAAAAAAAAAAAAAAAAAAAA", note: "Please quote" }),
  },
}
