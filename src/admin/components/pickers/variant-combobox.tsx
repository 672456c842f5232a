import { SearchCombobox } from "../common/search-combobox"

type Variant = { id: string; product_title: string; title: string | null; sku: string | null }

/** "Product – Variant", or the product's title alone where the variant adds nothing. */
export const variantLabel = (variant: Variant) =>
  variant.title && variant.title !== variant.product_title
    ? `${variant.product_title} – ${variant.title}`
    : variant.product_title

/**
 * "Add a product": searches the catalog by title or SKU, lists the variants
 * with their SKU, and hands the chosen one over (the search box empties).
 */
export function VariantCombobox<V extends Variant>({
  id,
  search,
  onSearchChange,
  variants,
  isFetching,
  isError,
  emptyText,
  onPick,
}: {
  id: string
  search: string
  onSearchChange: (search: string) => void
  variants: V[]
  isFetching: boolean
  isError: boolean
  emptyText: string
  onPick: (variant: V) => void
}) {
  return (
    <SearchCombobox
      id={id}
      aria-label="Add a product"
      placeholder="Add a product: search by title or SKU"
      search={search}
      onSearchChange={onSearchChange}
      isLoading={isFetching}
      error={isError ? "Products could not be loaded" : null}
      emptyText={emptyText}
      options={variants.map((variant) => ({
        id: variant.id,
        label: variantLabel(variant),
        detail: variant.sku ? `SKU ${variant.sku}` : undefined,
        value: variant,
      }))}
      onSelect={(option) => {
        onSearchChange("")
        onPick(option.value)
      }}
    />
  )
}
