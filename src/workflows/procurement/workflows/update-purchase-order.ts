import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  assertPurchaseOrderEditable,
  isOpenPurchaseOrder,
  type PurchaseOrderStatus,
} from "../../../modules/procurement/status"
import { lockPurchaseOrder } from "../utils/lock-purchase-order"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import {
  type PurchaseOrderLineInput,
  resolvePurchaseOrderLinesStep,
} from "../steps/resolve-purchase-order-lines"
import {
  replacePurchaseOrderLinesStep,
  updatePurchaseOrderFieldsStep,
} from "../steps/write-purchase-order"
import {
  ensureInventoryLevelsStep,
  purchaseOrderLevels,
  syncIncomingStep,
} from "../utils/sync-incoming"

export type UpdatePurchaseOrderInput = {
  id: string
  notes?: string | null
  /** Replace all lines. */
  lines?: PurchaseOrderLineInput[]
  actor_id?: string
}

const assertEditableStep = createStep(
  "portal-assert-purchase-order-editable",
  async (po: { status: PurchaseOrderStatus; number: string }) => {
    assertPurchaseOrderEditable(po.status, po.number)
    return new StepResponse(undefined)
  }
)

/**
 * Staff change a draft's notes or lines, or revise a PO whose supplier asked
 * for a change (its lines still count as incoming, so the levels of the old
 * and new lines are re-synced). Under the PO's lock.
 */
export const updatePurchaseOrderWorkflow = createWorkflow(
  "portal-update-purchase-order",
  (input: UpdatePurchaseOrderInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    assertEditableStep(purchaseOrder)

    updatePurchaseOrderFieldsStep(
      transform({ input }, ({ input }) => ({ id: input.id, notes: input.notes }))
    )
    const replaced = when("portal-po-lines-replaced", { input }, ({ input }) => !!input.lines).then(
      () => {
        const lines = resolvePurchaseOrderLinesStep(
          transform({ input }, ({ input }) => input.lines!)
        )
        replacePurchaseOrderLinesStep(
          transform({ input, lines }, ({ input, lines }) => ({
            purchase_order_id: input.id,
            lines,
          }))
        )
        return lines
      }
    )
    const levels = transform({ purchaseOrder, replaced }, ({ purchaseOrder, replaced }) =>
      isOpenPurchaseOrder(purchaseOrder.status) && replaced
        ? purchaseOrderLevels({
            stock_location_id: purchaseOrder.stock_location_id,
            lines: [...purchaseOrder.lines, ...replaced],
          })
        : []
    )
    ensureInventoryLevelsStep(levels)
    syncIncomingStep(levels)

    recordProcurementEventsStep(
      transform({ input, replaced }, ({ input, replaced }) => [
        {
          purchase_order_id: input.id,
          type: "updated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: {
            ...(input.notes !== undefined ? { notes: true } : {}),
            ...(replaced ? { line_count: replaced.length } : {}),
          },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.id })
  }
)
