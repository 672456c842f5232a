import { customerRoute, type MatrixEntry } from "./types"

const invoice = (fixtures: { invoice_id: string }) => ({ id: fixtures.invoice_id })
const ownAndForeign = {
  params: invoice,
  foreign: (fixtures: { foreign: { invoice_id: string } }) => invoice(fixtures.foreign),
}

export const INVOICES_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/invoices": { expect: customerRoute(200) },
  "GET /store/portal/invoices/:id": { expect: customerRoute(200), ...ownAndForeign },
  "GET /store/portal/invoices/:id/pdf": { expect: customerRoute(200), ...ownAndForeign },
  "POST /store/portal/invoices/:id/payment-sessions": {
    expect: customerRoute(201),
    ...ownAndForeign,
    body: () => ({ provider_id: "pp_system_default" }),
  },
  // Paid on another invoice (the order's balance) than the one payment-sessions starts on,
  // with a session made for it beforehand.
  "POST /store/portal/invoices/:id/pay": {
    expect: customerRoute(200),
    params: (fixtures) => ({ id: fixtures.pay.invoice_id }),
    foreign: (fixtures) => invoice(fixtures.foreign),
    body: (fixtures) => ({ payment_session_id: fixtures.pay.payment_session_id }),
  },
}
