/**
 * Every kind of caller a member route must tell apart (docs/ARCHITECTURE.md,
 * "Permission model"). A route is of the customer side (quotes, orders,
 * invoices, catalog; `/me` too) or the supplier side (purchase orders, supplier
 * bills), and each side has its own callers: on the customer side they are
 * contacts of Acme, a customer company, and "supplier only" is a contact of a
 * supplier-only company; on the supplier side they are contacts of Parts Co, a
 * supplier company, and "customer only" is a contact of Acme (customer only)
 * whose teams grant every supplier permission too.
 */
const EVERY_SIDE = [
  "anonymous",
  "no membership",
  "other company",
  "disabled",
  "withdrawn company",
  "lacking permission",
] as const
export const ACTORS = [...EVERY_SIDE, "supplier only", "allowed"] as const
export const SUPPLIER_ACTORS = [...EVERY_SIDE, "customer only", "allowed"] as const
export type CustomerActor = (typeof ACTORS)[number]
export type SupplierActor = (typeof SUPPLIER_ACTORS)[number]
export type Actor = CustomerActor | SupplierActor
export type Side = "customer" | "supplier"

/** The status each kind of caller of a customer-side route gets. */
export type Expectation = Record<CustomerActor, number>
/** The status each kind of caller of a supplier-side route gets. */
export type SupplierExpectation = Record<SupplierActor, number>

/** Which side's callers a route is tried with: the supplier's when its expectation names them. */
export const sideOf = (expect: Expectation | SupplierExpectation): Side =>
  "customer only" in expect ? "supplier" : "customer"

/** The callers a route is tried with, in order ("allowed" last, after every refusal). */
export const actorsOf = (expect: Expectation | SupplierExpectation): readonly Actor[] =>
  sideOf(expect) === "supplier" ? SUPPLIER_ACTORS : ACTORS

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
  /** A document shared with the company. */
  document_id: string
  /** Open document requests of the company, and one item of each: to read and finish, to upload to. */
  document_request: { id: string; item_id: string }
  document_upload: { id: string; item_id: string }
  /** A work request of the company, and a file staff attached to it. */
  work_request_id: string
  work_request_attachment_id: string
  /** A conversation staff started with the company. */
  conversation_id: string
  /**
   * Parts Co's records (the supplier side): a sent PO for reads, sent POs to
   * acknowledge (with a promised date for each of its lines) and to ask a change
   * of, an acknowledged PO to bill, and a submitted bill.
   */
  supplier: {
    purchase_order_id: string
    acknowledge: { purchase_order_id: string; lines: { line_id: string; promised_at: string }[] }
    change_purchase_order_id: string
    billable_purchase_order_id: string
    bill_id: string
  }
  foreign: {
    quote_id: string
    order_id: string
    invoice_id: string
    document_id: string
    document_request_id: string
    work_request_id: string
    conversation_id: string
    /** Another supplier company's (Bolt Works') PO and bill. */
    purchase_order_id: string
    supplier_bill_id: string
  }
}

export type MatrixEntry = {
  expect: Expectation | SupplierExpectation
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

/**
 * A supplier-side route: only an active contact of a supplier company with
 * portal access whose teams grant the permission gets `allowed`; a
 * customer-only company's contact is refused whatever their teams grant.
 */
export function supplierRoute(allowed: number): SupplierExpectation {
  return {
    anonymous: 401,
    "no membership": 403,
    "other company": 403,
    disabled: 403,
    "withdrawn company": 403,
    "lacking permission": 403,
    "customer only": 403,
    allowed,
  }
}
