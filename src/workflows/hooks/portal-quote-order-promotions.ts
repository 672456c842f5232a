import { dirname, join } from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { quotePromotionContext } from "../quote/steps/load-quote-pricing-context"

type SetPromotionContextHook = (
  handler: (
    input: { order: { id: string } },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<Record<string, unknown>>>
) => void

// Core does not export this workflow (only `createOrderWorkflow` nests it), so it is
// loaded from core's own file: the same module, hence the same registered definition.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refreshDraftOrderAdjustmentsWorkflow } = require(
  join(
    dirname(require.resolve("@medusajs/core-flows")),
    "draft-order",
    "workflows",
    "refresh-draft-order-adjustments.js"
  )
) as {
  refreshDraftOrderAdjustmentsWorkflow: { hooks: { setPromotionContext: SetPromotionContextHook } }
}

/*
 * `createOrderWorkflow` refreshes adjustments without the customer's groups or sales
 * channel, which would drop a quote's portal discounts; this hands it the quote's promotion
 * context (docs/ARCHITECTURE.md, "Money"). Other orders are left as Medusa has them.
 */
refreshDraftOrderAdjustmentsWorkflow.hooks.setPromotionContext(async ({ order }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "sales_channel_id", "metadata"],
    filters: { id: order.id },
  })
  const quoteId = orders[0]?.metadata?.portal_quote_id
  if (typeof quoteId !== "string" || !orders[0].customer_id) return new StepResponse({})
  const { data: quotes } = await query.graph({
    entity: "portal_quote",
    fields: ["id", "company_id"],
    filters: { id: quoteId },
  })
  const context = quotes[0]
    ? await quotePromotionContext(container, {
        customer_id: orders[0].customer_id,
        company_id: quotes[0].company_id,
        sales_channel_id: orders[0].sales_channel_id,
      })
    : undefined
  return new StepResponse(context ?? {})
})
