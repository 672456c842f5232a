import { QUOTE_COLUMNS } from "../../../../modules/quote/fields"

// The fields the admin quote routes answer, as Medusa's query-config.ts
// (docs/ARCHITECTURE.md, "Routes and guards"): the validators accept `fields`
// among these, and the middlewares default to them.

export const ADMIN_QUOTE_LIST_FIELDS = [
  ...QUOTE_COLUMNS,
  "items.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
]

export const ADMIN_QUOTE_FIELDS = [
  ...ADMIN_QUOTE_LIST_FIELDS,
  "messages.*",
  "events.*",
  "links.id",
  "links.expires_at",
  "links.revoked_at",
  "links.created_at",
  "order.id",
  "order.display_id",
  "order.status",
]

export const retrieveTransformQueryConfig = { defaults: ADMIN_QUOTE_FIELDS, isList: false }

export const listTransformQueryConfig = { defaults: ADMIN_QUOTE_LIST_FIELDS, isList: true }
