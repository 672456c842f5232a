import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { QUOTE_WITH_ITEMS_FIELDS } from "../../modules/quote/fields"

/** Loads one quote inside a workflow; an unknown id is a 404. */
export function loadQuote(quoteId: string, name = "portal-load-quote") {
  const { data } = useQueryGraphStep({
    entity: "portal_quote",
    fields: QUOTE_WITH_ITEMS_FIELDS,
    filters: { id: quoteId },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name })
  return data
}
