import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockPurchaseOrder } from "./lock-purchase-order"
import { recordProcurementEventsStep } from "./steps/record-procurement-event"
import { transitionPurchaseOrderStep } from "./steps/transition-purchase-order"
import { updatePurchaseOrderFieldsStep } from "./steps/write-purchase-order"
import { purchaseOrderLevels } from "./sync-incoming"

/** Only a PO whose supplier asked for a change has a change to decline (else 409). */
const assertChangeRequestedStep = createStep(
  "portal-assert-purchase-order-change-requested",
  async (po: { number: string; status: string }) => {
    if (po.status !== "change_requested") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Purchase order ${po.number} has no change request to decline`
      )
    }
    return new StepResponse(undefined)
  }
)

export type DeclinePurchaseOrderChangeInput = {
  id: string
  message?: string | null
  actor_id?: string
}

/**
 * Staff keep the PO as sent after the supplier asked for a change
 * (change_requested → sent); the request is cleared and the answer recorded.
 * Both statuses are open, so the incoming quantities do not change.
 */
export const declinePurchaseOrderChangeWorkflow = createWorkflow(
  "portal-decline-purchase-order-change",
  (input: DeclinePurchaseOrderChangeInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    assertChangeRequestedStep(purchaseOrder)
    transitionPurchaseOrderStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        purchase_order: purchaseOrder,
        to: "sent" as const,
        levels: purchaseOrderLevels(purchaseOrder),
      }))
    )
    updatePurchaseOrderFieldsStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        id: purchaseOrder.id,
        change_request: null,
      }))
    )
    recordProcurementEventsStep(
      transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => [
        {
          purchase_order_id: purchaseOrder.id,
          type: "change_declined" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: {
            change_request: purchaseOrder.change_request,
            ...(input.message ? { message: input.message } : {}),
          },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.id })
  }
)
