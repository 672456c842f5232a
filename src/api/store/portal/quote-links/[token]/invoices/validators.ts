import { z } from "@medusajs/framework/zod"

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
