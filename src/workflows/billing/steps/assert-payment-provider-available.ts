import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber } from "../../../modules/billing/status"
import type { LoadedInvoice } from "./load-invoice"

export type AssertPaymentProviderAvailableInput = {
  invoice: LoadedInvoice
  provider_id: string
}

/**
 * An invoice is paid with the providers enabled in its order's region, the
 * same rule as checkout. Without it anyone could "pay" with Medusa's system
 * provider, which authorises everything.
 */
export const assertPaymentProviderAvailableStep = createStep(
  "portal-assert-payment-provider-available",
  async ({ invoice, provider_id }: AssertPaymentProviderAvailableInput, { container }) => {
    const regionId = invoice.order?.region_id
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = regionId
      ? await query.graph({
          entity: "region",
          fields: ["payment_providers.id", "payment_providers.is_enabled"],
          filters: { id: regionId },
        })
      : { data: [] }
    const available = (regions[0]?.payment_providers ?? []).some(
      (provider) => provider?.id === provider_id && provider.is_enabled
    )
    if (!available) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment provider ${provider_id} is not available for invoice ${formatInvoiceNumber(invoice.display_number)}`
      )
    }
    return new StepResponse(void 0)
  }
)
