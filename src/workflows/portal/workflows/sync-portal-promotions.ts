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
 * Brings Medusa's automatic promotions for the portal discounts in line with
 * the settings and the companies (docs/ARCHITECTURE.md, "Money", portal
 * discounts): creates the missing ones, updates percent, status and the
 * `customer.groups.id` and `sales_channel_id` rule values (adding the channel
 * rule to a promotion made without it), and records the ids. Idempotent: it
 * reads the whole state each time, so running it twice changes nothing. Run at
 * the end of the settings and company workflows, when the portal channel is
 * set, and once by `medusa db:migrate` (src/migration-scripts).
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
