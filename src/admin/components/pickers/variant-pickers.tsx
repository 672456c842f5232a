import { Text } from "@medusajs/ui"
import { useState } from "react"
import {
  type PurchasableVariant,
  usePricedVariantSearch,
  usePurchasableVariantSearch,
  type VariantOption,
} from "../../hooks/variants"
import { VariantCombobox } from "./variant-combobox"

/** "Add a product" for a quote: variants with the prices a line is priced from. */
export const PricedVariantPicker = ({
  id,
  disabled,
  onPick,
}: {
  id: string
  /** Without a region there is no currency to price in. */
  disabled: boolean
  onPick: (variant: VariantOption) => void
}) => {
  const [search, setSearch] = useState("")
  const variants = usePricedVariantSearch(disabled ? "" : search)
  if (disabled) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Choose a region first: product prices come in its currency.
      </Text>
    )
  }
  return (
    <VariantCombobox
      id={id}
      search={search}
      onSearchChange={setSearch}
      variants={variants.data ?? []}
      isFetching={variants.isFetching}
      isError={variants.isError}
      emptyText="No product matches"
      onPick={onPick}
    />
  )
}

/** "Add a product" for a purchase order: only variants whose stock Medusa manages can be received. */
export const StockedVariantPicker = ({
  id,
  onPick,
}: {
  id: string
  onPick: (variant: PurchasableVariant) => void
}) => {
  const [search, setSearch] = useState("")
  const variants = usePurchasableVariantSearch(search)
  const managed = (variants.data ?? []).filter((variant) => variant.manage_inventory)
  return (
    <VariantCombobox
      id={id}
      search={search}
      onSearchChange={setSearch}
      variants={managed}
      isFetching={variants.isFetching}
      isError={variants.isError}
      emptyText="No product with managed inventory matches"
      onPick={onPick}
    />
  )
}
