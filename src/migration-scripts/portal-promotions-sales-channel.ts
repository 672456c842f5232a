import type { ExecArgs } from "@medusajs/framework/types"
import { syncPortalPromotionsWorkflow } from "../workflows/portal/workflows/sync-portal-promotions"

/**
 * Run once by `medusa db:migrate`: the portal discounts' promotions made
 * before issue 20 get their portal sales channel rule (docs/ARCHITECTURE.md,
 * "Money", portal discounts), without waiting for the next settings save.
 */
export default async function portalPromotionsSalesChannel({ container }: ExecArgs) {
  await syncPortalPromotionsWorkflow(container).run({ input: undefined })
}
