import { z } from "@medusajs/framework/zod"
import type {
  StoreCreatePortalInvoicePaymentSessionBody,
  StorePayPortalInvoiceBody,
} from "../../../../../../shared/http"
import type { AgreesWith, Assert } from "../../../../../utils/validator-contract"

const id = z.string().trim().min(1).max(100)

export const StoreCreateInvoicePaymentSession = z
  .object({
    provider_id: id,
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
export type StoreCreateInvoicePaymentSessionType = z.infer<typeof StoreCreateInvoicePaymentSession>

export const StorePayInvoice = z.object({ payment_session_id: id }).strict()
export type StorePayInvoiceType = z.infer<typeof StorePayInvoice>

// The contract's request types (src/shared/http/invoices.ts) and these validators agree.
export type StoreInvoicePaymentContract = [
  Assert<
    AgreesWith<StoreCreatePortalInvoicePaymentSessionBody, typeof StoreCreateInvoicePaymentSession>
  >,
  Assert<AgreesWith<StorePayPortalInvoiceBody, typeof StorePayInvoice>>,
]
