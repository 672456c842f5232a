import type { StaffUser } from "../../hooks/users"
import type { Choice } from "./choice-select"
import { staffName } from "./staff-name"

/** The value that stands for "nobody" in a select (Radix takes no empty value). */
export const UNASSIGNED = "none"

/**
 * The staff a request can be assigned to: the signed-in user first ("… (you)"), then the
 * others by name. A user no longer listed keeps a choice, so the select still shows them.
 */
export function staffChoices(
  users: StaffUser[] | undefined,
  meId: string | undefined,
  keepId?: string | null
): Choice[] {
  const sorted = [...(users ?? [])].sort((a, b) => {
    if (a.id === meId) return -1
    if (b.id === meId) return 1
    return staffName(a).localeCompare(staffName(b))
  })
  const choices = sorted.map((user) => ({
    value: user.id,
    label: user.id === meId ? `${staffName(user)} (you)` : staffName(user),
  }))
  if (keepId && keepId !== UNASSIGNED && !choices.some((choice) => choice.value === keepId)) {
    choices.push({ value: keepId, label: "A former staff member" })
  }
  return choices
}
