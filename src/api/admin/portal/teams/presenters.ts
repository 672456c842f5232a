import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TEAM_FIELDS } from "./validators"

/** One team as the admin API answers it, or 404. */
export async function fetchTeam(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_team",
    fields: TEAM_FIELDS,
    filters: { id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Team ${id} was not found`)
  return data[0]
}
