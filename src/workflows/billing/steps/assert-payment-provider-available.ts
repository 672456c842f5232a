import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber } from "../../../modules/billing/status"
import { refusal } from "../../../lib/refusal"
import { listEnabledPaymentProviders } from "../utils/payment-providers"
import type { LoadedInvoice } from "./load-invoice"

export type AssertPaymentProviderAvailableInput = {
  invoice: LoadedInvoice
  provider_id: string
}

/**
 * An invoice is paid only with a provider enabled in its order's region (see
 * listEnabledPaymentProviders). Without it anyone could "pay" with Medusa's
 * system provider, which authorises everything.
 */
export const assertPaymentProviderAvailableStep = createStep(
  "portal-assert-payment-provider-available",
  async ({ invoice, provider_id }: AssertPaymentProviderAvailableInput, { container }) => {
    const available = await listEnabledPaymentProviders(container, invoice.order?.region_id)
    if (!available.includes(provider_id)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "billing.provider_unavailable", {
        provider: provider_id,
        number: formatInvoiceNumber(invoice.display_number),
      })
    }
    return new StepResponse(void 0)
  }
)
