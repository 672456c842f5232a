import { signBody } from "../fixtures"
import { customerRoute, type MatrixEntry } from "./types"

const quote = (key: "quote_id" | "accept_quote_id" | "decline_quote_id" | "sign_quote_id") => ({
  params: (f: Parameters<NonNullable<MatrixEntry["params"]>>[0]) => ({ id: f[key] }),
  foreign: (f: Parameters<NonNullable<MatrixEntry["params"]>>[0]) => ({ id: f.foreign.quote_id }),
})

export const QUOTES_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/quotes": { expect: customerRoute(200) },
  "GET /store/portal/quotes/:id": { expect: customerRoute(200), ...quote("quote_id") },
  "GET /store/portal/quotes/:id/messages": { expect: customerRoute(200), ...quote("quote_id") },
  "POST /store/portal/quotes/:id/messages": {
    expect: customerRoute(201),
    body: () => ({ body: "When can you deliver?" }),
    ...quote("quote_id"),
  },
  "GET /store/portal/quotes/:id/pdf": { expect: customerRoute(200), ...quote("quote_id") },
  "POST /store/portal/quotes/:id/selection": {
    expect: customerRoute(200),
    body: () => ({ selected_item_ids: [] }),
    ...quote("quote_id"),
  },
  "POST /store/portal/quotes/:id/accept": {
    expect: customerRoute(200),
    body: () => ({ selected_item_ids: [] }),
    ...quote("accept_quote_id"),
  },
  "POST /store/portal/quotes/:id/decline": {
    expect: customerRoute(200),
    body: () => ({ reason: "Over budget" }),
    ...quote("decline_quote_id"),
  },
  "POST /store/portal/quotes/:id/sign": {
    expect: customerRoute(200),
    body: () => {
      const { signer_email: _email, ...body } = signBody()
      return body
    },
    ...quote("sign_quote_id"),
  },
}
