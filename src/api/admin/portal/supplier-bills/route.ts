import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSupplierBills } from "./presenters"
import type { AdminPortalSupplierBillListResponse } from "../../../../shared/http"
import type { AdminListSupplierBillsParamsType } from "./validators"

/** Bills suppliers submitted, newest first, filtered by status, supplier or PO. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalSupplierBillListResponse>
) => {
  const { limit, offset, status, supplier_company_id, purchase_order_id } =
    req.validatedQuery as AdminListSupplierBillsParamsType
  res.json(
    await listSupplierBills(
      req.scope,
      {
        ...(status ? { status } : {}),
        ...(supplier_company_id ? { supplier_company_id } : {}),
        ...(purchase_order_id ? { purchase_order_id } : {}),
      },
      { limit, offset },
      "staff"
    )
  )
}
