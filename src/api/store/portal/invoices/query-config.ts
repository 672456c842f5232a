import { BUYER_INVOICE_FIELDS } from "../quote-links/[token]/invoices/query-config"

// The fields a signed-in contact's invoice routes read, as Medusa's
// query-config.ts (docs/ARCHITECTURE.md, "Routes and guards"); the routes fix
// them, so the list takes only paging and filters.

/** The link holder's view of an invoice, plus its order's number and its quote's. */
export const MEMBER_INVOICE_FIELDS = [
  ...BUYER_INVOICE_FIELDS,
  "quote_id",
  "order.id",
  "order.display_id",
]

export const listTransformQueryConfig = { defaults: MEMBER_INVOICE_FIELDS, isList: true }

export const retrieveTransformQueryConfig = { defaults: MEMBER_INVOICE_FIELDS, isList: false }
