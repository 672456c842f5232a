import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import {
  assertBillTransition,
  billStatusesLeadingTo,
  type SupplierBillStatus,
} from "../../../modules/procurement/status"
import { refusal } from "../../../lib/refusal"

/** Bills that hold their number: every status but rejected (see the model's partial index). */
const LIVE_BILL_STATUSES: SupplierBillStatus[] = ["submitted", "approved", "paid"]

const duplicateNumber = (billNumber: string) =>
  refusal(MedusaError.Types.CONFLICT, "procurement.bill.duplicate_number", { number: billNumber })

async function hasLiveBill(
  procurement: ProcurementModuleService,
  supplierCompanyId: string,
  billNumber: string
) {
  const [, count] = await procurement.listAndCountPortalSupplierBills(
    { supplier_company_id: supplierCompanyId, bill_number: billNumber, status: LIVE_BILL_STATUSES },
    { take: 1 }
  )
  return count > 0
}

/** Refuses (409) a bill number the supplier already has on a bill that is not rejected. */
export const assertBillNumberFreeStep = createStep(
  "portal-assert-bill-number-free",
  async (input: { supplier_company_id: string; bill_number: string }, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    if (await hasLiveBill(procurement, input.supplier_company_id, input.bill_number)) {
      throw duplicateNumber(input.bill_number)
    }
    return new StepResponse(undefined)
  }
)

export type NewSupplierBill = {
  purchase_order_id: string
  supplier_company_id: string
  bill_number: string
  amount: number
  currency_code: string
  /** "YYYY-MM-DD", kept as that day's UTC midnight. */
  due_at: string
  file_id: string
  file_size: number
  file_sha256: string
  submitted_by: string
}

/**
 * Writes the bill row; compensation deletes it. A concurrent submission of the
 * same number loses on the unique index and gets the same 409 as the check before.
 */
export const createSupplierBillStep = createStep(
  "portal-create-supplier-bill",
  async (input: NewSupplierBill, { container }) => {
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    try {
      const bill = await procurement.createPortalSupplierBills({
        ...input,
        due_at: new Date(`${input.due_at}T00:00:00.000Z`),
      })
      return new StepResponse({ id: bill.id }, bill.id)
    } catch (error) {
      if (await hasLiveBill(procurement, input.supplier_company_id, input.bill_number)) {
        throw duplicateNumber(input.bill_number)
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (!id) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.deletePortalSupplierBills(id)
  }
)

export type LoadedSupplierBill = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  purchase_order_id: string
}

/**
 * Moves a bill to `to` if the status machine allows it (409 otherwise), with the
 * service's conditional UPDATE so of two concurrent staff actions one wins; an
 * unknown id is a 404. Compensation puts the status it left back.
 */
export const transitionSupplierBillStep = createStep(
  "portal-transition-supplier-bill",
  async (
    input: { id: string; to: SupplierBillStatus; rejection_reason?: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "portal_supplier_bill",
      fields: ["id", "bill_number", "status", "purchase_order_id"],
      filters: { id: input.id },
    })
    const bill = data[0] as unknown as LoadedSupplierBill | undefined
    if (!bill) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier bill ${input.id} was not found`)
    }
    assertBillTransition(bill.status, input.to, bill.bill_number)
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const previous = await procurement.claimBillStatus(
      bill.id,
      billStatusesLeadingTo(input.to),
      input.to,
      input.rejection_reason !== undefined ? { rejection_reason: input.rejection_reason } : {}
    )
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Bill ${bill.bill_number} changed meanwhile; reload it and try again`
      )
    }
    return new StepResponse({ ...bill, previous }, { id: bill.id, current: input.to, previous })
  },
  async (claimed, { container }) => {
    if (!claimed) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.restoreBillStatus(claimed.id, claimed.current, claimed.previous)
  }
)
