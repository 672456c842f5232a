import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminPortalTeam } from "../../../../shared/http"
import type { Permission } from "../../../../shared/permissions"
import { TEAM_FIELDS } from "./query-config"

type TeamRow = Omit<AdminPortalTeam, "permissions" | "created_at" | "updated_at"> & {
  permissions: unknown
  created_at: Date | string
  updated_at: Date | string
}

/** A team row of Query (TEAM_FIELDS) as the admin API answers it. */
export function presentTeam(row: TeamRow): AdminPortalTeam {
  return {
    id: row.id,
    name: row.name,
    handle: row.handle,
    permissions: row.permissions as Permission[],
    is_default: row.is_default,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  }
}

/** One team as the admin API answers it, or 404. */
export async function fetchTeam(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_team",
    fields: TEAM_FIELDS,
    filters: { id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Team ${id} was not found`)
  return presentTeam(data[0] as TeamRow)
}
