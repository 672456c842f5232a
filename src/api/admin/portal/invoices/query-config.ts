/** The invoice's own columns; Query's "*" does not combine with link fields. */
export const INVOICE_COLUMNS = [
  "id",
  "display_number",
  "kind",
  "status",
  "amount",
  "currency_code",
  "due_at",
  "paid_at",
  "voided_at",
  "order_id",
  "quote_id",
  "payment_collection_id",
  "metadata",
  "created_at",
  "updated_at",
]

export const ADMIN_INVOICE_LIST_FIELDS = [
  ...INVOICE_COLUMNS,
  "order.id",
  "order.display_id",
  "order.email",
  "payment_collection.id",
  "payment_collection.status",
]

export const ADMIN_INVOICE_FIELDS = [
  ...ADMIN_INVOICE_LIST_FIELDS,
  "payment_collection.amount",
  "payment_collection.captured_amount",
  "payment_collection.refunded_amount",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payments.id",
  "payment_collection.payments.provider_id",
  "payment_collection.payments.amount",
  "payment_collection.payments.captured_at",
  "payment_collection.payments.canceled_at",
]

export const retrieveTransformQueryConfig = { defaults: ADMIN_INVOICE_FIELDS, isList: false }

export const listTransformQueryConfig = { defaults: ADMIN_INVOICE_LIST_FIELDS, isList: true }
