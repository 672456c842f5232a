import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockPurchaseOrder } from "../utils/lock-purchase-order"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { transitionPurchaseOrderStep } from "../steps/transition-purchase-order"
import { purchaseOrderLevels, syncIncomingStep } from "../utils/sync-incoming"

export type CancelPurchaseOrderInput = { id: string; reason?: string | null; actor_id?: string }

/**
 * Staff cancel a PO that is not yet fully received (docs/ARCHITECTURE.md,
 * "Procurement"): what was still incoming is released (each level rewritten
 * without this PO), what was received stays in stock.
 */
export const cancelPurchaseOrderWorkflow = createWorkflow(
  "portal-cancel-purchase-order",
  (input: CancelPurchaseOrderInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    const levels = transform({ purchaseOrder }, ({ purchaseOrder }) =>
      purchaseOrderLevels(purchaseOrder)
    )
    transitionPurchaseOrderStep(
      transform({ purchaseOrder, levels }, ({ purchaseOrder, levels }) => ({
        purchase_order: purchaseOrder,
        to: "cancelled" as const,
        levels,
      }))
    )
    syncIncomingStep(levels)
    recordProcurementEventsStep(
      transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => [
        {
          purchase_order_id: purchaseOrder.id,
          type: "cancelled" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: { from: purchaseOrder.status, ...(input.reason ? { reason: input.reason } : {}) },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.id })
  }
)
