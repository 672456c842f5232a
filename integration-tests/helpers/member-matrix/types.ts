/** Every kind of caller a member route must tell apart (docs/ARCHITECTURE.md, "Permission model"). */
export const ACTORS = [
  "anonymous",
  "no membership",
  "other company",
  "disabled",
  "withdrawn company",
  "lacking permission",
  "supplier only",
  "allowed",
] as const
export type Actor = (typeof ACTORS)[number]

/** The status each kind of caller gets. */
export type Expectation = Record<Actor, number>

/**
 * Records the matrix acts on: the allowed caller's company ("Acme") owns the
 * top-level ones; `foreign` are another company's, which no Acme contact may
 * reach.
 */
export type MatrixFixtures = {
  company_id: string
  /** A sent quote, for reads, selection and messages. */
  quote_id: string
  /** Sent quotes each route may decide once. */
  accept_quote_id: string
  decline_quote_id: string
  sign_quote_id: string
  /** An accepted quote's order and its deposit invoice. */
  order_id: string
  invoice_id: string
  /** That order's balance invoice, with a payment session ready to pay it. */
  pay: { invoice_id: string; payment_session_id: string }
  /** A published product of the portal's sales channel (the catalog routes). */
  product_id: string
  foreign: { quote_id: string; order_id: string; invoice_id: string }
}

export type MatrixEntry = {
  expect: Expectation
  /** Values for the route's `:params`. */
  params?: (fixtures: MatrixFixtures) => Record<string, string>
  /** What the allowed caller sends (everyone sends it); `{}` when absent. */
  body?: (fixtures: MatrixFixtures) => unknown
  /**
   * Params naming another company's record: the allowed caller must get a 404
   * and nothing of it.
   */
  foreign?: (fixtures: MatrixFixtures) => Record<string, string>
}

/**
 * A customer-side route: only an active contact of a company with portal
 * access whose teams grant the permission gets `allowed`; everyone else is
 * refused by the guard before the route runs.
 */
export function customerRoute(allowed: number): Expectation {
  return {
    anonymous: 401,
    "no membership": 403,
    "other company": 403,
    disabled: 403,
    "withdrawn company": 403,
    "lacking permission": 403,
    "supplier only": 403,
    allowed,
  }
}
