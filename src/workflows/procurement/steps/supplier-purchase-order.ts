import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import {
  assertPurchaseOrderTransition,
  formatPurchaseOrderNumber,
  purchaseOrderStatusesLeadingTo,
  type PurchaseOrderStatus,
} from "../../../modules/procurement/status"
import { refusal } from "../../../lib/refusal"
import { SUPPLIER_VISIBLE_PURCHASE_ORDER_STATUSES } from "../../../shared/procurement"
import { can, type MemberAccess, type Permission } from "../../../shared/permissions"

/** What the supplier workflows read about a purchase order before they act on it. */
export type SupplierPurchaseOrder = {
  id: string
  number: string
  status: PurchaseOrderStatus
  supplier_company_id: string
  currency_code: string
  change_request: string | null
  lines: Array<{ id: string; promised_at: Date | string | null }>
}

/** The same 404 for another company's PO, a draft and an id that never existed. */
export const purchaseOrderNotFound = (id: string) =>
  refusal(MedusaError.Types.NOT_FOUND, "procurement.purchase_order.not_found", { id })

/**
 * Loads a purchase order as a supplier contact may reach it (docs/ARCHITECTURE.md,
 * "Procurement", "Supplier access"): the access must allow `permission` (403,
 * checked here too so no caller skips the route's guard), and the PO must be
 * the active company's and sent at some point; anything else is a 404.
 */
export const loadSupplierPurchaseOrderStep = createStep(
  "portal-load-supplier-purchase-order",
  async (input: { id: string; access: MemberAccess; permission: Permission }, { container }) => {
    if (!can(input.access, input.permission)) {
      throw refusal(MedusaError.Types.FORBIDDEN, "access.teams_forbid", {
        permission: input.permission,
        context: "unnamed",
      })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "portal_purchase_order",
      fields: [
        "id",
        "display_number",
        "status",
        "supplier_company_id",
        "currency_code",
        "change_request",
        "lines.id",
        "lines.promised_at",
      ],
      filters: {
        id: input.id,
        supplier_company_id: input.access.company_id,
        status: [...SUPPLIER_VISIBLE_PURCHASE_ORDER_STATUSES],
      },
    })
    const order = data[0]
    if (!order) throw purchaseOrderNotFound(input.id)
    const loaded: SupplierPurchaseOrder = {
      id: order.id,
      number: formatPurchaseOrderNumber(order.display_number),
      status: order.status as PurchaseOrderStatus,
      supplier_company_id: order.supplier_company_id,
      currency_code: order.currency_code,
      change_request: order.change_request ?? null,
      lines: (order.lines ?? []).flatMap((line) =>
        line ? [{ id: line.id, promised_at: (line.promised_at as Date | null) ?? null }] : []
      ),
    }
    return new StepResponse(loaded)
  }
)

/**
 * Moves a PO to `to` if the status machine allows it from where it is, with the
 * service's conditional UPDATE, so of two concurrent callers one wins and the
 * other gets a 409. Compensation puts the status it left back.
 */
export const claimSupplierPurchaseOrderStatusStep = createStep(
  "portal-claim-supplier-purchase-order-status",
  async (
    input: {
      order: Pick<SupplierPurchaseOrder, "id" | "number" | "status">
      to: PurchaseOrderStatus
    },
    { container }
  ) => {
    assertPurchaseOrderTransition(input.order.status, input.to, input.order.number)
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const previous = await procurement.claimPurchaseOrderStatus(
      input.order.id,
      purchaseOrderStatusesLeadingTo(input.to),
      input.to
    )
    if (!previous) {
      throw refusal(MedusaError.Types.CONFLICT, "procurement.purchase_order.changed_meanwhile", {
        number: input.order.number,
      })
    }
    return new StepResponse(previous, { id: input.order.id, current: input.to, previous })
  },
  async (claimed, { container }) => {
    if (!claimed) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.restorePurchaseOrderStatus(claimed.id, claimed.current, claimed.previous)
  }
)

/** Writes the supplier's promised date on each line; compensation puts the old dates back. */
export const setPromisedDatesStep = createStep(
  "portal-set-promised-dates",
  async (
    input: {
      /** "YYYY-MM-DD", kept as that day's UTC midnight. */
      lines: Array<{ line_id: string; promised_at: string }>
      previous: Array<{ id: string; promised_at: Date | string | null }>
    },
    { container }
  ) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.updatePortalPurchaseOrderLines(
      input.lines.map((line) => ({
        id: line.line_id,
        promised_at: new Date(`${line.promised_at}T00:00:00.000Z`),
      }))
    )
    return new StepResponse(
      undefined,
      input.previous.map((line) => ({
        id: line.id,
        promised_at: line.promised_at ? new Date(line.promised_at) : null,
      }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.updatePortalPurchaseOrderLines(previous)
  }
)

/** Keeps the supplier's change request on the PO; compensation restores the previous one. */
export const setChangeRequestStep = createStep(
  "portal-set-change-request",
  async (input: { id: string; message: string; previous: string | null }, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.updatePortalPurchaseOrders({ id: input.id, change_request: input.message })
    return new StepResponse(undefined, { id: input.id, change_request: input.previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.updatePortalPurchaseOrders(previous)
  }
)
