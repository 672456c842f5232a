// The fields a link holder's invoice routes read, as Medusa's query-config.ts
// (docs/ARCHITECTURE.md, "Routes and guards").

/** What the link holder may see of an invoice: no internal ids of the payment collection. */
export const BUYER_INVOICE_FIELDS = [
  "id",
  "display_number",
  "kind",
  "status",
  "amount",
  "currency_code",
  "due_at",
  "paid_at",
  "created_at",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "order.region_id",
]
