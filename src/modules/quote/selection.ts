import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../lib/refusal"

/** A buyer may only choose among this quote's optional items. */
export function assertSelectableItemIds(
  items: ReadonlyArray<{ id: string; is_optional: boolean }>,
  selectedIds: readonly string[]
): void {
  const optional = new Set(items.filter((item) => item.is_optional).map((item) => item.id))
  const foreign = [...new Set(selectedIds)].filter((id) => !optional.has(id))
  if (foreign.length) {
    throw refusal(MedusaError.Types.INVALID_DATA, "quote.not_selectable", {
      ids: foreign.join(", "),
    })
  }
}
