import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { submitSupplierBillWorkflow } from "../../../../workflows/procurement/workflows/submit-supplier-bill"
import {
  fetchSupplierBill,
  listSupplierBills,
} from "../../../admin/portal/supplier-bills/presenters"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type {
  StorePortalSupplierBillListResponse,
  StorePortalSupplierBillResponse,
  StoreSubmitPortalSupplierBillBody,
} from "../../../../shared/http"
import type { StoreListSupplierBillsParamsType } from "./validators"

/** The active company's bills, newest first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalSupplierBillListResponse>
) => {
  const { limit, offset, status, purchase_order_id } =
    req.validatedQuery as StoreListSupplierBillsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await listSupplierBills(
      req.scope,
      {
        supplier_company_id: req.access.company_id,
        ...(status ? { status } : {}),
        ...(purchase_order_id ? { purchase_order_id } : {}),
      },
      { limit, offset },
      "supplier"
    )
  )
}

type UploadRequest = MemberRequest<StoreSubmitPortalSupplierBillBody> & {
  file?: { buffer: Buffer }
}

/**
 * Submits a bill against a PO of the active company: multipart fields
 * `purchase_order_id`, `bill_number`, `amount`, `due_date` and the PDF as `file`
 * (docs/ARCHITECTURE.md, "Procurement"). The workflow checks the PDF by its
 * bytes and stores it privately; a refusal stores nothing.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<StorePortalSupplierBillResponse>
) => {
  const bytes = req.file?.buffer
  if (!bytes?.length) {
    throw refusal(MedusaError.Types.INVALID_DATA, "procurement.bill.file_missing")
  }
  const { purchase_order_id, bill_number, amount, due_date } = req.validatedBody
  const { id } = await runWorkflow(submitSupplierBillWorkflow, req.scope, {
    access: req.access,
    purchase_order_id,
    bill_number,
    amount,
    due_at: due_date,
    file: { content: bytes.toString("base64"), size: bytes.length },
  })
  res.status(201).json({
    supplier_bill: await fetchSupplierBill(
      req.scope,
      { id, supplier_company_id: req.access.company_id },
      "supplier"
    ),
  })
}
