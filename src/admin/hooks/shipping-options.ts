import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type ShippingOptionChoice = {
  id: string
  name: string
  /** The flat price in the quote's currency, when the option has one. */
  amount: number | null
}

type AdminShippingOption = {
  id: string
  name: string
  price_type: "flat" | "calculated"
  prices?: Array<{ amount: number; currency_code: string | null }> | null
  rules?: Array<{ attribute: string; value: string | string[] }> | null
}

export const shippingOptionKeys = queryKeysFactory("shipping-options")

/** Medusa marks a return option with the rule is_return = "true". */
const isReturnOption = (option: AdminShippingOption) =>
  (option.rules ?? []).some((rule) => rule.attribute === "is_return" && rule.value === "true")

/**
 * Flat-rate outbound shipping options, with their price in the quote's
 * currency. Medusa 2.21's GET /admin/shipping-options filters neither by
 * price_type nor (without an is_return rule on the option) by direction, so
 * both are left out here; the server refuses a calculated option too.
 */
export function useShippingOptions(currencyCode: string) {
  return useQuery({
    queryKey: shippingOptionKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ shipping_options: AdminShippingOption[] }>("/admin/shipping-options", {
        query: { limit: 100, fields: "id,name,price_type,*prices,*rules" },
      }),
    select: (data): ShippingOptionChoice[] =>
      data.shipping_options
        .filter((option) => option.price_type === "flat" && !isReturnOption(option))
        .map((option) => ({
          id: option.id,
          name: option.name,
          amount:
            option.prices?.find(
              (price) => price.currency_code?.toLowerCase() === currencyCode.toLowerCase()
            )?.amount ?? null,
        })),
    staleTime: 60_000,
  })
}
