import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Permission } from "../../shared/permissions"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { companyKeys } from "./companies"

/** The admin API's shapes for teams and the permission catalogue (src/api/admin/portal/teams). */
export type PortalTeam = {
  id: string
  name: string
  handle: string
  permissions: Permission[]
  /** One of the two teams every install has: kept, never renamed; permissions editable. */
  is_default: boolean
  created_at: string
  updated_at: string
}

export type PermissionInfo = {
  key: Permission
  description: string
  side: "customer" | "supplier" | null
}

const TEAMS = "/admin/portal/teams"

export const teamKeys = queryKeysFactory("teams")
/** The permission catalogue teams are made of (GET /admin/portal/permissions). */
export const permissionKeys = queryKeysFactory("permissions")

export function usePortalTeams() {
  return useQuery({
    queryKey: teamKeys.list(),
    queryFn: () => sdk.client.fetch<{ teams: PortalTeam[] }>(TEAMS, { query: { limit: 100 } }),
    select: (data) => data.teams,
  })
}

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: permissionKeys.list(),
    queryFn: () => sdk.client.fetch<{ permissions: PermissionInfo[] }>("/admin/portal/permissions"),
    select: (data) => data.permissions,
    staleTime: Infinity,
  })
}

/** Team changes show on every contact's teams too. */
function useTeamMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
        queryClient.invalidateQueries({ queryKey: companyKeys.all }),
      ]),
  })
}

export function useCreateTeam() {
  return useTeamMutation((input: { name: string; permissions: Permission[] }) =>
    sdk.client.fetch<{ team: PortalTeam }>(TEAMS, { method: "POST", body: input })
  )
}

/** A default team's name cannot change (409); its permissions can. */
export function useUpdateTeam() {
  return useTeamMutation(
    ({ id, ...changes }: { id: string; name?: string; permissions?: Permission[] }) =>
      sdk.client.fetch<{ team: PortalTeam }>(`${TEAMS}/${id}`, { method: "POST", body: changes })
  )
}

/** Refused (409) for a default team and for a team that still has members. */
export function useDeleteTeam() {
  return useTeamMutation((id: string) =>
    sdk.client.fetch<{ id: string; deleted: boolean }>(`${TEAMS}/${id}`, { method: "DELETE" })
  )
}
