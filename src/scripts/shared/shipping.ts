import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"

/** The store's default shipping profile, created on first use. */
export async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  if (existing) return existing.id
  const {
    result: [created],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return created.id
}

export type FlatRateShipping = {
  stock_location_id: string
  country_codes: string[]
  currency_code: string
  region_id: string
  amount: number
  name?: string
  shipping_profile_id?: string
}

/**
 * A warehouse that ships to the given countries with Medusa's manual
 * provider, at a flat rate: what a merchant sets up under Settings →
 * Locations & Shipping. Used by the tests, the demo and the benchmark seed.
 */
export async function createFlatRateShipping(
  container: MedusaContainer,
  input: FlatRateShipping
): Promise<{ id: string; name: string; amount: number }> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const profileId = input.shipping_profile_id ?? (await ensureDefaultShippingProfile(container))
  const name = input.name ?? "Standard freight"
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${name} from ${input.stock_location_id}`,
    type: "shipping",
    service_zones: [
      {
        name: input.country_codes.join(", ").toUpperCase(),
        geo_zones: input.country_codes.map((country_code) => ({
          country_code,
          type: "country" as const,
        })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profileId,
        type: { label: "Standard", description: "3-5 business days", code: "standard" },
        prices: [
          { currency_code: input.currency_code, amount: input.amount },
          { region_id: input.region_id, amount: input.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { id: option.id, name, amount: input.amount }
}
