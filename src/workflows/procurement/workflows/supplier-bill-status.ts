import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ProcurementEventType } from "../../../modules/procurement/status"
import {
  MAX_PROCUREMENT_MESSAGE_LENGTH,
  type SupplierBillStatus,
} from "../../../shared/procurement"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { transitionSupplierBillStep } from "../steps/supplier-bill"

/** Staff's decisions on a bill (docs/ARCHITECTURE.md, "Procurement"), each with its timeline event. */
function billDecision(
  name: string,
  to: SupplierBillStatus,
  type: ProcurementEventType,
  withReason = false
) {
  const validateReasonStep = createStep(`${name}-validate`, async (input: { reason?: string }) => {
    if (!withReason) return new StepResponse(undefined as string | undefined)
    const reason = (input.reason ?? "").trim()
    if (!reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why the bill is rejected")
    }
    if (reason.length > MAX_PROCUREMENT_MESSAGE_LENGTH) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The reason is longer than ${MAX_PROCUREMENT_MESSAGE_LENGTH} characters`
      )
    }
    return new StepResponse(reason as string | undefined)
  })
  return createWorkflow(name, (input: { id: string; reason?: string; actor_id?: string }) => {
    const reason = validateReasonStep(
      transform({ input }, ({ input }) => ({ reason: input.reason }))
    )
    const bill = transitionSupplierBillStep(
      transform({ input, reason }, ({ input, reason }) => ({
        id: input.id,
        to,
        ...(reason !== undefined ? { rejection_reason: reason } : {}),
      }))
    )
    recordProcurementEventsStep(
      transform({ bill, input, reason }, ({ bill, input, reason }) => [
        {
          purchase_order_id: bill.purchase_order_id,
          type,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          supplier_bill_id: bill.id,
          data: { bill_number: bill.bill_number, ...(reason ? { reason } : {}) },
        },
      ])
    )
    return new WorkflowResponse(transform({ bill }, ({ bill }) => ({ id: bill.id })))
  })
}

/** submitted → approved. */
export const approveSupplierBillWorkflow = billDecision(
  "portal-approve-supplier-bill",
  "approved",
  "bill_approved"
)
/** submitted → rejected, with the reason the supplier sees; its number may be used again. */
export const rejectSupplierBillWorkflow = billDecision(
  "portal-reject-supplier-bill",
  "rejected",
  "bill_rejected",
  true
)
/** approved → paid. */
export const markSupplierBillPaidWorkflow = billDecision(
  "portal-mark-supplier-bill-paid",
  "paid",
  "bill_paid"
)
