import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import type { MemberAccess } from "../../../shared/permissions"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "../../../shared/procurement"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import {
  claimSupplierPurchaseOrderStatusStep,
  loadSupplierPurchaseOrderStep,
  setChangeRequestStep,
} from "../steps/supplier-purchase-order"

export type RequestPurchaseOrderChangeInput = {
  id: string
  access: MemberAccess
  /** What the supplier wants changed; kept on the PO as `change_request`. */
  message: string
}

const validateChangeRequestStep = createStep(
  "portal-validate-po-change-request",
  async (input: { message: string }) => {
    const message = (input.message ?? "").trim()
    if (!message) {
      throw refusal(MedusaError.Types.INVALID_DATA, "procurement.change_request.empty")
    }
    if (message.length > MAX_PROCUREMENT_MESSAGE_LENGTH) {
      throw refusal(MedusaError.Types.INVALID_DATA, "procurement.change_request.too_long", {
        max: MAX_PROCUREMENT_MESSAGE_LENGTH,
      })
    }
    return new StepResponse(message)
  }
)

/**
 * A supplier contact asks for a change to a sent purchase order
 * (docs/ARCHITECTURE.md, "Procurement"): sent → change_requested with the
 * message on the PO, and a `change_requested` event by the contact. Staff
 * revise and re-send it, or decline the change.
 */
export const requestPurchaseOrderChangeWorkflow = createWorkflow(
  "portal-request-purchase-order-change",
  (input: RequestPurchaseOrderChangeInput) => {
    const order = loadSupplierPurchaseOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        access: input.access,
        permission: "purchase_orders.acknowledge" as const,
      }))
    )
    const message = validateChangeRequestStep(
      transform({ input }, ({ input }) => ({ message: input.message }))
    )
    claimSupplierPurchaseOrderStatusStep(
      transform({ order }, ({ order }) => ({ order, to: "change_requested" as const }))
    )
    setChangeRequestStep(
      transform({ order, message }, ({ order, message }) => ({
        id: order.id,
        message,
        previous: order.change_request,
      }))
    )
    recordProcurementEventsStep(
      transform({ order, message, input }, ({ order, message, input }) => [
        {
          purchase_order_id: order.id,
          type: "change_requested" as const,
          actor_type: "supplier" as const,
          actor_id: input.access.customer_id,
          data: { message },
        },
      ])
    )
    return new WorkflowResponse(transform({ order }, ({ order }) => ({ id: order.id })))
  }
)
