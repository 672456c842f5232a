import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import {
  formatPurchaseOrderNumber,
  type PurchaseOrderStatus,
} from "../../../modules/procurement/status"

export type LoadedPurchaseOrderLine = {
  id: string
  variant_id: string
  inventory_item_id: string
  quantity: number
  received_quantity: number
}

export type LoadedPurchaseOrder = {
  id: string
  number: string
  status: PurchaseOrderStatus
  supplier_company_id: string
  stock_location_id: string
  currency_code: string
  notes: string | null
  change_request: string | null
  lines: LoadedPurchaseOrderLine[]
}

/** A purchase order with its lines, read fresh (under the PO's lock), or 404. */
export const loadPurchaseOrderStep = createStep(
  "portal-load-purchase-order",
  async (id: string, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const [po] = await procurement.listPortalPurchaseOrders({ id }, { relations: ["lines"] })
    if (!po)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order ${id} was not found`)
    const loaded: LoadedPurchaseOrder = {
      id: po.id,
      number: formatPurchaseOrderNumber(po.display_number),
      status: po.status as PurchaseOrderStatus,
      supplier_company_id: po.supplier_company_id,
      stock_location_id: po.stock_location_id,
      currency_code: po.currency_code,
      notes: po.notes ?? null,
      change_request: po.change_request ?? null,
      lines: (po.lines ?? [])
        .filter((line) => line && !line.deleted_at)
        .map((line) => ({
          id: line.id,
          variant_id: line.variant_id,
          inventory_item_id: line.inventory_item_id,
          quantity: Number(line.quantity),
          received_quantity: Number(line.received_quantity),
        })),
    }
    return new StepResponse(loaded)
  }
)
