import { adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { LineReceipt } from "../../../modules/procurement/service"
import { RECEIVABLE_PURCHASE_ORDER_STATUSES } from "../../../modules/procurement/status"
import { lockPurchaseOrder } from "../utils/lock-purchase-order"
import type { LoadedPurchaseOrder } from "../steps/load-purchase-order"
import { claimReceiptsStep, settleReceivedStatusStep } from "../steps/receive-lines"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { ensureInventoryLevelsStep, syncIncomingStep, uniqueLevels } from "../utils/sync-incoming"

export type ReceivePurchaseOrderInput = {
  id: string
  lines: LineReceipt[]
  actor_id?: string
}

/**
 * The receipt must name this PO's lines, each once, with whole quantities; a
 * PO that is not open for receipts (a draft, received or cancelled) is a 409.
 * Whether the quantities are still outstanding is the conditional UPDATE's to
 * decide (`claimReceipts`), so concurrent receipts cannot both pass it.
 */
const validateReceiptStep = createStep(
  "portal-validate-purchase-order-receipt",
  async (input: { purchase_order: LoadedPurchaseOrder; lines: LineReceipt[] }) => {
    const { purchase_order: po, lines } = input
    if (!RECEIVABLE_PURCHASE_ORDER_STATUSES.includes(po.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Purchase order ${po.number} is ${po.status.replace("_", " ")} and cannot be received`
      )
    }
    if (!Array.isArray(lines) || !lines.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name at least one line received")
    }
    const own = new Set(po.lines.map((line) => line.id))
    const seen = new Set<string>()
    for (const line of lines) {
      if (!own.has(line.line_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Line ${line.line_id} is not on purchase order ${po.number}`
        )
      }
      if (seen.has(line.line_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Line ${line.line_id} is named more than once`
        )
      }
      seen.add(line.line_id)
      if (!Number.isInteger(line.quantity) || line.quantity < 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Each received quantity must be a whole number of at least 1"
        )
      }
    }
    return new StepResponse(undefined)
  }
)

/**
 * Staff receive goods against a PO, in part or in full (docs/ARCHITECTURE.md,
 * "Procurement"), under the PO's lock: the receipts are booked race-free
 * (never more than outstanding), Medusa's stocked quantities raised with
 * core's adjustInventoryLevelsStep, the PO settled as partially received or
 * received, and the incoming quantities rewritten. Every step compensates.
 */
export const receivePurchaseOrderWorkflow = createWorkflow(
  "portal-receive-purchase-order",
  (input: ReceivePurchaseOrderInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    validateReceiptStep(
      transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => ({
        purchase_order: purchaseOrder,
        lines: input.lines,
      }))
    )
    const levels = transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => {
      const received = new Set(input.lines.map((line) => line.line_id))
      return uniqueLevels(
        purchaseOrder.lines
          .filter((line) => received.has(line.id))
          .map((line) => ({
            inventory_item_id: line.inventory_item_id,
            location_id: purchaseOrder.stock_location_id,
          }))
      )
    })
    ensureInventoryLevelsStep(levels)
    const booked = claimReceiptsStep(
      transform({ input, levels }, ({ input, levels }) => ({
        purchase_order_id: input.id,
        receipts: input.lines.map(({ line_id, quantity }) => ({ line_id, quantity })),
        levels,
      }))
    )
    adjustInventoryLevelsStep(
      transform({ booked, purchaseOrder }, ({ booked, purchaseOrder }) =>
        booked.map((receipt) => ({
          inventory_item_id: receipt.inventory_item_id,
          location_id: purchaseOrder.stock_location_id,
          adjustment: receipt.quantity,
        }))
      )
    )
    const settled = settleReceivedStatusStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        purchase_order_id: purchaseOrder.id,
        number: purchaseOrder.number,
      }))
    )
    syncIncomingStep(levels)
    recordProcurementEventsStep(
      transform({ input, booked, settled }, ({ input, booked, settled }) => [
        {
          purchase_order_id: input.id,
          type: "received" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: {
            lines: booked.map(({ line_id, quantity }) => ({ line_id, quantity })),
            status: settled.status,
          },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(settled)
  }
)
