import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { INVOICE_KINDS, INVOICE_STATUSES } from "../../../../modules/billing/status"

const id = z.string().trim().min(1).max(100)
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export const AdminGetInvoiceParams = createSelectParams()

export const AdminListInvoicesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  status: oneOrMany(z.enum(INVOICE_STATUSES)).optional(),
  kind: oneOrMany(z.enum(INVOICE_KINDS)).optional(),
  order_id: oneOrMany(id).optional(),
  quote_id: oneOrMany(id).optional(),
})
export type AdminListInvoicesParamsType = z.infer<typeof AdminListInvoicesParams>
