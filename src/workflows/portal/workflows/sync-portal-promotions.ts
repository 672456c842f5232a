import {
  acquireLockStep,
  createPromotionsWorkflow,
  releaseLockStep,
  updatePromotionRulesWorkflow,
  updatePromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  addPortalPromotionRulesStep,
  planPortalPromotionsStep,
  recordPortalPromotionIdsStep,
} from "../steps/portal-promotions"

/** One sync at a time, so concurrent changes create each promotion once. */
const LOCK = "portal-promotions"

/**
 * Brings Medusa's automatic promotions in line with the portal discounts. Idempotent: it reads
 * the whole state each time, so the settings and company workflows and `medusa db:migrate` may
 * all run it (docs/ARCHITECTURE.md, "Money").
 */
export const syncPortalPromotionsWorkflow = createWorkflow("portal-sync-promotions", () => {
  acquireLockStep({ key: LOCK, timeout: 30, ttl: 120 })
  const plan = planPortalPromotionsStep()
  const created = when({ plan }, ({ plan }) => plan.create.length > 0).then(() =>
    createPromotionsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ promotionsData: plan.create })),
    })
  )
  recordPortalPromotionIdsStep(
    transform({ plan, created }, ({ plan, created }) => [
      ...plan.ids,
      ...(created ?? []).map((promotion) => ({
        owner: plan.create_owners[plan.create.findIndex((row) => row.code === promotion.code)],
        id: promotion.id,
      })),
    ])
  )
  when({ plan }, ({ plan }) => plan.add_rules.length > 0).then(() =>
    addPortalPromotionRulesStep(transform({ plan }, ({ plan }) => plan.add_rules))
  )
  when({ plan }, ({ plan }) => plan.rules.length > 0).then(() =>
    updatePromotionRulesWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ data: plan.rules })),
    })
  )
  when({ plan }, ({ plan }) => plan.update.length > 0).then(() =>
    updatePromotionsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ promotionsData: plan.update })),
    })
  )
  releaseLockStep({ key: LOCK })
  return new WorkflowResponse(plan)
})
