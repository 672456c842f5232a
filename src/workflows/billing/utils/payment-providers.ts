import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The payment providers a buyer may pay an invoice with: those enabled in the
 * region of the invoice's order, the same rule as checkout. The buyer's view
 * lists them and the payment-session workflow refuses any other.
 */
export async function listEnabledPaymentProviders(
  container: MedusaContainer,
  regionId: string | null | undefined
): Promise<string[]> {
  if (!regionId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["payment_providers.id", "payment_providers.is_enabled"],
    filters: { id: regionId },
  })
  return (regions[0]?.payment_providers ?? [])
    .filter((provider) => provider?.is_enabled)
    .map((provider) => provider!.id)
    .sort()
}
