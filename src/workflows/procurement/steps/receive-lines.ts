import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import type { LevelKey, LineReceipt } from "../../../modules/procurement/service"
import { syncIncoming } from "../utils/sync-incoming"

export type ClaimReceiptsInput = {
  purchase_order_id: string
  receipts: LineReceipt[]
  /** The received lines' levels, re-synced when the receipt is undone. */
  levels: LevelKey[]
}

/**
 * Books goods received on a PO's lines, all or none, through the service's
 * conditional UPDATE (never more than is outstanding, even under concurrent
 * receipts: the loser gets a 409). Compensation takes the receipts back and
 * re-syncs the incoming quantities.
 */
export const claimReceiptsStep = createStep(
  "portal-claim-purchase-order-receipts",
  async ({ purchase_order_id, receipts, levels }: ClaimReceiptsInput, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const booked = await procurement.claimReceipts(purchase_order_id, receipts)
    return new StepResponse(booked, {
      receipts: booked.map(({ line_id, quantity }) => ({ line_id, quantity })),
      levels,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.releaseReceipts(undo.receipts)
    await syncIncoming(container, undo.levels)
  }
)

/**
 * After a receipt: received when every line is complete, else partially
 * received (`settleReceivedStatus`, one statement). Compensation restores the
 * status it left.
 */
export const settleReceivedStatusStep = createStep(
  "portal-settle-received-status",
  async (input: { purchase_order_id: string; number: string }, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const settled = await procurement.settleReceivedStatus(input.purchase_order_id)
    if (!settled) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Purchase order ${input.number} can no longer be received`
      )
    }
    return new StepResponse(settled, { id: input.purchase_order_id, ...settled })
  },
  async (undo, { container }) => {
    if (!undo || undo.previous === undo.status) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.restorePurchaseOrderStatus(undo.id, undo.status, undo.previous)
  }
)
