import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import BigNumber from "bignumber.js"
import type { RefusalKey } from "../../../lib/i18n"
import { refusal, type RefusalValues } from "../../../lib/refusal"
import { BILLABLE_PURCHASE_ORDER_STATUSES } from "../../../modules/procurement/status"
import type { MemberAccess } from "../../../shared/permissions"
import { MAX_BILL_NUMBER_LENGTH, MAX_SUPPLIER_BILL_BYTES } from "../../../shared/procurement"
import { currencyDecimals } from "../../../shared/quote-totals"
import { storeFileStep } from "../../shared/steps/store-file"
import { untrackPrivateFilesStep } from "../../shared/steps/untrack-private-files"
import { parseCalendarDate } from "./acknowledge-purchase-order"
import { SUPPLIER_EVENTS } from "./notify-procurement-staff"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { assertBillNumberFreeStep, createSupplierBillStep } from "../steps/supplier-bill"
import {
  loadSupplierPurchaseOrderStep,
  type SupplierPurchaseOrder,
} from "../steps/supplier-purchase-order"

export type SubmitSupplierBillInput = {
  access: MemberAccess
  purchase_order_id: string
  /** The supplier's own number for the bill. */
  bill_number: string
  /** In the PO's currency, major unit: "1234.50" (or a number). */
  amount: string | number
  /** "YYYY-MM-DD". */
  due_at: string
  /** The bill's PDF. */
  file: { content: string; size: number }
}

const PDF_MAGIC = Buffer.from("%PDF-")

/** Whether these bytes are a PDF, by its header, never by a name or a declared type. */
export const isPdf = (bytes: Buffer) =>
  bytes.length >= PDF_MAGIC.length && bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)

const invalid = (key: RefusalKey, values?: RefusalValues) =>
  refusal(MedusaError.Types.INVALID_DATA, key, values)

type CheckedBill = {
  bill_number: string
  amount: string
  /** "YYYY-MM-DD". */
  due_at: string
  size: number
}

/**
 * Everything about the bill that can be refused before anything is stored
 * (docs/ARCHITECTURE.md, "Procurement"): the PO is billable (409), the amount is
 * positive in the PO's currency's minor units, the due date is a date, and the
 * file is a PDF within the size cap (400, or 413 for the size).
 */
const validateSupplierBillStep = createStep(
  "portal-validate-supplier-bill",
  async (input: { order: SupplierPurchaseOrder; bill: SubmitSupplierBillInput }) => {
    const { order, bill } = input
    if (!BILLABLE_PURCHASE_ORDER_STATUSES.includes(order.status)) {
      throw refusal(MedusaError.Types.CONFLICT, "procurement.purchase_order.not_billable", {
        number: order.number,
        status: order.status,
      })
    }
    const billNumber = (bill.bill_number ?? "").trim()
    if (!billNumber || billNumber.length > MAX_BILL_NUMBER_LENGTH) {
      throw invalid("procurement.bill.number_length", { max: MAX_BILL_NUMBER_LENGTH })
    }
    const amount = new BigNumber(bill.amount)
    if (!amount.isFinite() || amount.lte(0)) throw invalid("procurement.bill.amount_not_positive")
    const decimals = currencyDecimals(order.currency_code)
    if ((amount.decimalPlaces() ?? 0) > decimals) {
      throw invalid("procurement.bill.amount_decimals", {
        decimals,
        currency: order.currency_code.toUpperCase(),
      })
    }
    const dueAt = parseCalendarDate(bill.due_at)
    if (!dueAt) throw invalid("procurement.bill.due_date_invalid", { value: bill.due_at })
    const bytes = Buffer.from(bill.file?.content ?? "", "base64")
    if (bytes.length > MAX_SUPPLIER_BILL_BYTES) {
      throw invalid("procurement.bill.file_too_large", {
        megabytes: Math.floor(MAX_SUPPLIER_BILL_BYTES / (1024 * 1024)),
      })
    }
    if (!isPdf(bytes)) throw invalid("procurement.bill.not_pdf")
    const checked: CheckedBill = {
      bill_number: billNumber,
      amount: amount.toFixed(),
      due_at: bill.due_at,
      size: bytes.length,
    }
    return new StepResponse(checked)
  }
)

/**
 * A supplier contact submits a bill against a purchase order of their active company. The
 * PDF is a tracked private file, so a failure or a dead process never leaves it orphaned
 * (docs/ARCHITECTURE.md, "Procurement", "Crash safety").
 */
export const submitSupplierBillWorkflow = createWorkflow(
  "portal-submit-supplier-bill",
  (input: SubmitSupplierBillInput) => {
    const order = loadSupplierPurchaseOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.purchase_order_id,
        access: input.access,
        permission: "supplier_bills.submit" as const,
      }))
    )
    const checked = validateSupplierBillStep(
      transform({ order, input }, ({ order, input }) => ({ order, bill: input }))
    )
    assertBillNumberFreeStep(
      transform({ order, checked }, ({ order, checked }) => ({
        supplier_company_id: order.supplier_company_id,
        bill_number: checked.bill_number,
      }))
    )
    // Tracked until the bill row holds it: a crash in between leaves a file the reconciler deletes.
    const file = storeFileStep(
      transform({ input }, ({ input }) => ({
        mime_type: "application/pdf",
        content: input.file.content,
        track: { purpose: "supplier_bill" as const },
      }))
    )
    const bill = createSupplierBillStep(
      transform({ order, checked, file, input }, ({ order, checked, file, input }) => ({
        purchase_order_id: order.id,
        supplier_company_id: order.supplier_company_id,
        bill_number: checked.bill_number,
        amount: Number(checked.amount),
        currency_code: order.currency_code,
        due_at: checked.due_at,
        file_id: file.id,
        file_size: checked.size,
        file_sha256: file.sha256,
        submitted_by: input.access.customer_id,
      }))
    )
    untrackPrivateFilesStep(transform({ file }, ({ file }) => ({ file_ids: [file.id] })))
    recordProcurementEventsStep(
      transform({ order, checked, bill, input }, ({ order, checked, bill, input }) => [
        {
          purchase_order_id: order.id,
          type: "bill_submitted" as const,
          actor_type: "supplier" as const,
          actor_id: input.access.customer_id,
          supplier_bill_id: bill.id,
          data: { bill_number: checked.bill_number, amount: checked.amount },
        },
      ])
    )
    emitEventStep({
      eventName: SUPPLIER_EVENTS.SUPPLIER_BILL_SUBMITTED,
      data: transform({ bill }, ({ bill }) => ({ id: bill.id })),
    })
    return new WorkflowResponse(bill)
  }
)
