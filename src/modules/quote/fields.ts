/**
 * The quote's own columns, for Query. Query's "*" does not combine with
 * relation fields, so readers list them: workflows, the admin and buyer views.
 */
export const QUOTE_COLUMNS = [
  "id",
  "display_number",
  "status",
  "customer_id",
  "customer_email",
  "company_id",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "valid_until",
  "deposit_percent",
  "deposit_amount",
  "shipping_address",
  "shipping_option_id",
  "shipping_method_name",
  "shipping_amount",
  "shipping_tax_lines",
  "shipping_adjustments",
  "terms",
  "language",
  "internal_note",
  "assigned_user_ids",
  "agreement_template_id",
  "order_id",
  "sent_at",
  "accepted_at",
  "declined_at",
  "decline_reason",
  "cancelled_at",
  "expired_at",
  "last_viewed_at",
  "created_at",
  "updated_at",
]

/** A quote with its lines: what workflows and the agreement views work from. */
export const QUOTE_WITH_ITEMS_FIELDS = [...QUOTE_COLUMNS, "items.*"]
