import { z } from "@medusajs/framework/zod"
import { SUPPLIER_BILL_STATUSES } from "../../../../modules/procurement/status"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "../../../../shared/procurement"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import type {
  AdminListPortalSupplierBillsParams,
  AdminRejectPortalSupplierBillBody,
} from "../../../../shared/http"

/** `limit`, `offset` and filters; always newest first, fields fixed. */
export const AdminListSupplierBillsParams = pageParams({
  status: oneOrMany(z.enum(SUPPLIER_BILL_STATUSES)).optional(),
  supplier_company_id: prefixedId("pcomp").optional(),
  purchase_order_id: prefixedId("po").optional(),
})
export type AdminListSupplierBillsParamsType = z.infer<typeof AdminListSupplierBillsParams>

export const AdminSupplierBillPathParams = z.object({ id: prefixedId("sbill") }).strict()

/** Why the bill is rejected; the supplier sees it. */
export const AdminRejectSupplierBill = z
  .object({ reason: z.string().trim().min(1, "Say why").max(MAX_PROCUREMENT_MESSAGE_LENGTH) })
  .strict()
export type AdminRejectSupplierBillType = z.infer<typeof AdminRejectSupplierBill>

/** The shared request types (src/shared/http/supplier-bills.ts) are these validators'. */
export type SupplierBillContract = [
  Assert<AgreesWith<AdminListPortalSupplierBillsParams, typeof AdminListSupplierBillsParams>>,
  Assert<AgreesWith<AdminRejectPortalSupplierBillBody, typeof AdminRejectSupplierBill>>,
]
