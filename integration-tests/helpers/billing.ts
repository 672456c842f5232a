import type { MedusaContainer } from "@medusajs/framework/types"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { quoteLink, Store, waitFor } from "./fixtures"

type Api = {
  post: (url: string, body: unknown, config?: unknown) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The buyer's Pay button with a provider (Medusa's system provider by default): a session, then pay. */
export async function payThroughLink(
  api: Api,
  store: Store,
  token: string,
  invoiceId: string,
  providerId = "pp_system_default"
) {
  const session = await api.post(
    quoteLink(token, `/invoices/${invoiceId}/payment-sessions`),
    { provider_id: providerId },
    store.storeHeaders
  )
  return api.post(
    quoteLink(token, `/invoices/${invoiceId}/pay`),
    { payment_session_id: session.data.payment_session.id },
    store.storeHeaders
  )
}

/** Waits for the `payment.captured` subscriber to mark the invoice paid. */
export function waitUntilPaid(container: MedusaContainer, invoiceId: string) {
  return waitFor(async () => {
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    const invoice = await billing.retrievePortalInvoice(invoiceId)
    return invoice.status === "paid" ? invoice : null
  })
}
