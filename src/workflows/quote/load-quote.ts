import { useQueryGraphStep } from "@medusajs/medusa/core-flows"

/** What the quote workflows read about a quote before they act on it. */
export const QUOTE_WORKFLOW_FIELDS = [
  "id",
  "status",
  "display_number",
  "customer_id",
  "customer_email",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "valid_until",
  "deposit_percent",
  "deposit_amount",
  "tax_rate",
  "terms",
  "internal_note",
  "assigned_user_ids",
  "order_id",
  "agreement_template_id",
  "items.*",
]

/** Loads one quote inside a workflow; an unknown id is a 404. */
export function loadQuote(quoteId: string, name = "portal-load-quote") {
  const { data } = useQueryGraphStep({
    entity: "portal_quote",
    fields: QUOTE_WORKFLOW_FIELDS,
    filters: { id: quoteId },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name })
  return data
}
