import { z } from "@medusajs/framework/zod"
import { listQueryParams, selectQueryParams } from "../../../utils/query-params"
import { INVOICE_KINDS, INVOICE_STATUSES } from "../../../../modules/billing/status"
import type {
  AdminCreatePortalInvoiceBody,
  AdminPortalInvoiceListParams,
  AdminPortalInvoiceParams,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { ADMIN_INVOICE_FIELDS, ADMIN_INVOICE_LIST_FIELDS } from "./query-config"

const id = z.string().trim().min(1).max(100)
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export const AdminGetInvoiceParams = selectQueryParams(ADMIN_INVOICE_FIELDS)

export const AdminListInvoicesParams = listQueryParams({ fields: ADMIN_INVOICE_LIST_FIELDS })
  .extend({
    status: oneOrMany(z.enum(INVOICE_STATUSES)).optional(),
    kind: oneOrMany(z.enum(INVOICE_KINDS)).optional(),
    order_id: oneOrMany(id).optional(),
    quote_id: oneOrMany(id).optional(),
  })
  .strict()
export type AdminListInvoicesParamsType = z.infer<typeof AdminListInvoicesParams>

/**
 * Staff issue an invoice for an order. Only the balance is issued this way:
 * deposits are raised when the quote is accepted.
 */
export const AdminCreateInvoice = z
  .object({
    order_id: id,
    kind: z.literal("balance"),
    due_at: z.coerce.date().optional(),
  })
  .strict()
export type AdminCreateInvoiceType = z.infer<typeof AdminCreateInvoice>

// The contract's request types (src/shared/http/invoices.ts) and these validators agree.
export type AdminInvoiceContract = [
  Assert<AgreesWith<AdminPortalInvoiceParams, typeof AdminGetInvoiceParams>>,
  Assert<AgreesWith<AdminPortalInvoiceListParams, typeof AdminListInvoicesParams>>,
  Assert<AgreesWith<AdminCreatePortalInvoiceBody, typeof AdminCreateInvoice>>,
]
