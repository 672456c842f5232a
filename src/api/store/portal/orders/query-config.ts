import { BUYER_INVOICE_FIELDS } from "../quote-links/[token]/invoices/query-config"

// The fields a signed-in contact's order routes read, as Medusa's
// query-config.ts (docs/ARCHITECTURE.md, "Routes and guards"); the routes fix
// them, so the list takes only paging and a status filter.

/** What the client status is derived from (src/shared/order-status.ts). */
export const PROGRESS_FIELDS = [
  "status",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "items.quantity",
  "items.detail.fulfilled_quantity",
]

/** What a member sees of an order in the list: no ids of records they cannot act on. */
export const MEMBER_ORDER_LIST_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "updated_at",
  "canceled_at",
  "currency_code",
  "subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "total",
]

export const MEMBER_ORDER_FIELDS = [
  ...MEMBER_ORDER_LIST_FIELDS,
  "email",
  "items.title",
  "items.subtitle",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.province",
  "shipping_address.country_code",
  "shipping_address.phone",
  "shipping_methods.name",
  "shipping_methods.amount",
  "fulfillments.created_at",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.labels.label_url",
  "fulfillments.items.title",
  "fulfillments.items.quantity",
]

/**
 * What the one presentation of totals reads (src/shared/totals-presentation.ts):
 * Medusa's pre-tax line subtotals and the order's totals and payment summary.
 */
export const ORDER_TOTALS_FIELDS = [
  "currency_code",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "item_subtotal",
  "discount_subtotal",
  "shipping_subtotal",
  "credit_line_total",
  "tax_total",
  "total",
  "shipping_methods.name",
  "summary.*",
]

/** The order's invoices: their own columns as the buyer's invoice view has them. */
export const MEMBER_ORDER_INVOICE_FIELDS = BUYER_INVOICE_FIELDS.filter(
  (field) => !field.includes(".")
)

export const listTransformQueryConfig = { defaults: MEMBER_ORDER_LIST_FIELDS, isList: true }

export const retrieveTransformQueryConfig = { defaults: MEMBER_ORDER_FIELDS, isList: false }
