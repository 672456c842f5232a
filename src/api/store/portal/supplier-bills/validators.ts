import { z } from "@medusajs/framework/zod"
import { SUPPLIER_BILL_STATUSES } from "../../../../modules/procurement/status"
import { MAX_BILL_NUMBER_LENGTH } from "../../../../shared/procurement"
import { unsafeTextReason } from "../../../utils/input-guard"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import type {
  StoreListPortalSupplierBillsParams,
  StoreSubmitPortalSupplierBillBody,
} from "../../../../shared/http"

/** `limit`, `offset`, a status filter and one PO's bills; always newest first, fields fixed. */
export const StoreListSupplierBillsParams = pageParams({
  status: oneOrMany(z.enum(SUPPLIER_BILL_STATUSES)).optional(),
  purchase_order_id: prefixedId("po").optional(),
})
export type StoreListSupplierBillsParamsType = z.infer<typeof StoreListSupplierBillsParams>

export const MemberSupplierBillPathParams = z.object({ id: prefixedId("sbill") }).strict()

const hasControlCharacter = (text: string) =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)

/**
 * The text fields of the multipart bill upload (the PDF is the `file` part).
 * Multipart bodies skip the group's JSON checks, so text is checked here.
 */
export const StoreSubmitSupplierBill = z
  .object({
    purchase_order_id: prefixedId("po"),
    bill_number: z
      .string()
      .trim()
      .min(1, "bill_number is required")
      .max(MAX_BILL_NUMBER_LENGTH)
      .refine((value) => !unsafeTextReason(value) && !hasControlCharacter(value), {
        message: "bill_number may not contain control characters",
      }),
    amount: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,3})?$/, 'amount must be a decimal number like "1234.50"'),
    due_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "due_date must be a date like 2026-12-31"),
  })
  .strict()
export type StoreSubmitSupplierBillType = z.infer<typeof StoreSubmitSupplierBill>

/** The shared request types (src/shared/http/supplier-bills.ts) are these validators'. */
export type SupplierBillContract = [
  Assert<AgreesWith<StoreListPortalSupplierBillsParams, typeof StoreListSupplierBillsParams>>,
  Assert<AgreesWith<StoreSubmitPortalSupplierBillBody, typeof StoreSubmitSupplierBill>>,
]
