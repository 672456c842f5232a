import { MedusaError } from "@medusajs/framework/utils"

/** A buyer may only choose among this quote's optional items. */
export function assertSelectableItemIds(
  items: ReadonlyArray<{ id: string; is_optional: boolean }>,
  selectedIds: readonly string[]
): void {
  const optional = new Set(items.map((item) => item.id))
  const foreign = [...new Set(selectedIds)].filter((id) => !optional.has(id))
  if (foreign.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Only this quote's optional items can be selected; not: ${foreign.join(", ")}`
    )
  }
}
