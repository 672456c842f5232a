import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatQuoteNumber } from "../../../modules/quote/status"

export type QuoteRef = { id: string; number: string; order_id: string | null }

/** The quotes (id and human number) of these orders or with these ids, for member views. */
export async function quoteRefs(
  scope: MedusaContainer,
  filters: { order_id: string[] } | { id: string[] }
): Promise<QuoteRef[]> {
  if (!Object.values(filters)[0].length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: ["id", "display_number", "order_id"],
    filters,
  })
  return data.map((quote) => ({
    id: quote.id,
    number: formatQuoteNumber(quote.display_number as unknown as number),
    order_id: (quote.order_id as string | null) ?? null,
  }))
}
