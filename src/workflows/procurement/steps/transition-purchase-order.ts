import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import type { LevelKey } from "../../../modules/procurement/service"
import {
  assertPurchaseOrderTransition,
  type PurchaseOrderStatus,
} from "../../../modules/procurement/status"
import { syncIncoming } from "../utils/sync-incoming"

export type TransitionPurchaseOrderInput = {
  purchase_order: { id: string; number: string; status: PurchaseOrderStatus }
  to: PurchaseOrderStatus
  /** The PO's inventory levels, re-synced when the change is undone. */
  levels: LevelKey[]
}

/**
 * Moves a PO along its status machine (`status.ts`): the check on the PO read
 * under its lock, then the service's conditional UPDATE, so of two concurrent
 * callers exactly one wins and the other gets a 409. Compensation restores the
 * previous status and re-syncs the incoming quantities it affected.
 */
export const transitionPurchaseOrderStep = createStep(
  "portal-transition-purchase-order",
  async ({ purchase_order, to, levels }: TransitionPurchaseOrderInput, { container }) => {
    assertPurchaseOrderTransition(purchase_order.status, to, purchase_order.number)
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    // Only from the status read under the lock: a change in between is a 409.
    const previous = await procurement.claimPurchaseOrderStatus(
      purchase_order.id,
      [purchase_order.status],
      to
    )
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Purchase order ${purchase_order.number} was changed by another request; reload it and try again`
      )
    }
    return new StepResponse(
      { id: purchase_order.id, previous, status: to },
      { id: purchase_order.id, previous, current: to, levels }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.restorePurchaseOrderStatus(undo.id, undo.current, undo.previous)
    await syncIncoming(container, undo.levels)
  }
)
