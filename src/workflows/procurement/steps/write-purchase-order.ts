import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import type { ResolvedPurchaseOrderLine } from "./resolve-purchase-order-lines"

export type CreatePurchaseOrderData = {
  supplier_company_id: string
  stock_location_id: string
  currency_code: string
  notes?: string | null
  created_by?: string | null
  lines: ResolvedPurchaseOrderLine[]
}

/** Stores a new draft PO with its lines; compensation deletes it (its lines and events go with it). */
export const createPurchaseOrderStep = createStep(
  "portal-create-purchase-order",
  async ({ lines, ...data }: CreatePurchaseOrderData, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const po = await procurement.createPortalPurchaseOrders({ ...data, status: "draft" })
    await procurement.createPortalPurchaseOrderLines(
      lines.map((line) => ({ ...line, purchase_order_id: po.id }))
    )
    return new StepResponse({ id: po.id }, po.id)
  },
  async (id, { container }) => {
    if (!id) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.deletePortalPurchaseOrders(id)
  }
)

export type UpdatePurchaseOrderFields = {
  id: string
  notes?: string | null
  change_request?: string | null
}

/** Changes a PO's own fields (notes, the change request); compensation puts the old values back. */
export const updatePurchaseOrderFieldsStep = createStep(
  "portal-update-purchase-order-fields",
  async ({ id, ...changes }: UpdatePurchaseOrderFields, { container }) => {
    const keys = Object.keys(changes).filter(
      (key) => changes[key as keyof typeof changes] !== undefined
    ) as Array<keyof typeof changes>
    if (!keys.length) return new StepResponse(undefined, undefined)
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const before = await procurement.retrievePortalPurchaseOrder(id, { select: ["id", ...keys] })
    await procurement.updatePortalPurchaseOrders({
      id,
      ...Object.fromEntries(keys.map((key) => [key, changes[key]])),
    })
    return new StepResponse(undefined, {
      id,
      ...Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    })
  },
  async (before, { container }) => {
    if (!before) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.updatePortalPurchaseOrders(before)
  }
)

/**
 * Replaces all of a PO's lines: the old ones are soft-deleted, the new ones
 * created. Compensation deletes the new lines and restores the old ones.
 */
export const replacePurchaseOrderLinesStep = createStep(
  "portal-replace-purchase-order-lines",
  async (
    input: { purchase_order_id: string; lines: ResolvedPurchaseOrderLine[] },
    { container }
  ) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const old = await procurement.listPortalPurchaseOrderLines(
      { purchase_order_id: input.purchase_order_id },
      { select: ["id"] }
    )
    const oldIds = old.map((line) => line.id)
    if (oldIds.length) await procurement.softDeletePortalPurchaseOrderLines(oldIds)
    const created = await procurement.createPortalPurchaseOrderLines(
      input.lines.map((line) => ({ ...line, purchase_order_id: input.purchase_order_id }))
    )
    return new StepResponse(undefined, { oldIds, newIds: created.map((line) => line.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    if (undo.newIds.length) await procurement.deletePortalPurchaseOrderLines(undo.newIds)
    if (undo.oldIds.length) await procurement.restorePortalPurchaseOrderLines(undo.oldIds)
  }
)
