import { z } from "@medusajs/framework/zod"
import type { StorePortalInvoiceListParams } from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { INVOICE_STATUSES } from "../../../../modules/billing/status"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"

export {
  StoreCreateInvoicePaymentSession,
  type StoreCreateInvoicePaymentSessionType,
  StorePayInvoice,
  type StorePayInvoiceType,
} from "../quote-links/[token]/invoices/validators"

/** `limit`, `offset`, a status filter and a quote's invoices; always newest first, fields fixed. */
export const StoreListMemberInvoicesParams = pageParams({
  status: oneOrMany(z.enum(INVOICE_STATUSES)).optional(),
  quote_id: prefixedId("quo").optional(),
})
export type StoreListMemberInvoicesParamsType = z.infer<typeof StoreListMemberInvoicesParams>

export const MemberInvoicePathParams = z.object({ id: prefixedId("inv") }).strict()

// The contract's list parameters (src/shared/http/invoices.ts) and this validator agree.
export type StoreMemberInvoiceContract = Assert<
  AgreesWith<StorePortalInvoiceListParams, typeof StoreListMemberInvoicesParams>
>
