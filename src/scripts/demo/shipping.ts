import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createFlatRateShipping } from "../shared/shipping"

export const DEMO_SHIPPING = {
  warehouse: "Columbus warehouse",
  option: "Freight (LTL, 3-5 business days)",
  amount: 95,
  /** A US sales tax the demo's quotes are charged through Medusa's Tax Module. */
  tax: { country_code: "us", rate: 7.25, code: "US-SALES", name: "Sales tax" },
}

/**
 * Where the demo ships from and what it charges: a US tax region with a
 * default rate, a warehouse for the portal's sales channel and a flat-rate
 * freight option, so demo quotes carry tax and shipping that Medusa's order
 * repeats. Finds what exists by name and creates only what is missing.
 */
export async function seedShippingAndTax(
  container: MedusaContainer,
  store: { sales_channel_id: string; region_id: string; currency_code: string }
): Promise<{ shipping_option_id: string }> {
  const tax = container.resolve(Modules.TAX)
  const regions = await tax.listTaxRegions({ country_code: DEMO_SHIPPING.tax.country_code })
  if (!regions.some((region) => !region.parent_id)) {
    const { country_code, ...rate } = DEMO_SHIPPING.tax
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code, provider_id: "tp_system", default_tax_rate: rate }],
    })
  }

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({ name: DEMO_SHIPPING.option })
  if (existing) return { shipping_option_id: existing.id }

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: DEMO_SHIPPING.warehouse }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [store.sales_channel_id] },
  })
  const option = await createFlatRateShipping(container, {
    stock_location_id: location.id,
    country_codes: ["us", "ca"],
    currency_code: store.currency_code,
    region_id: store.region_id,
    amount: DEMO_SHIPPING.amount,
    name: DEMO_SHIPPING.option,
  })
  return { shipping_option_id: option.id }
}
