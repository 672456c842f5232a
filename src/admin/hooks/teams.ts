import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalTeamBody,
  AdminPortalPermissionListResponse,
  AdminPortalTeamDeleteResponse,
  AdminPortalTeamListResponse,
  AdminPortalTeamResponse,
  AdminUpdatePortalTeamBody,
} from "../../shared/http/teams"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { companyKeys } from "./companies"

/** The admin's names for the team routes' shapes (src/shared/http/teams.ts). */
export type {
  AdminPortalPermission as PermissionInfo,
  AdminPortalTeam as PortalTeam,
} from "../../shared/http/teams"

const TEAMS = "/admin/portal/teams"

export const teamKeys = queryKeysFactory("teams")
/** The permission catalogue teams are made of (GET /admin/portal/permissions). */
export const permissionKeys = queryKeysFactory("permissions")

export function usePortalTeams() {
  return useQuery({
    queryKey: teamKeys.list(),
    queryFn: () => sdk.client.fetch<AdminPortalTeamListResponse>(TEAMS, { query: { limit: 100 } }),
    select: (data) => data.teams,
  })
}

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: permissionKeys.list(),
    queryFn: () => sdk.client.fetch<AdminPortalPermissionListResponse>("/admin/portal/permissions"),
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
  return useTeamMutation((input: AdminCreatePortalTeamBody) =>
    sdk.client.fetch<AdminPortalTeamResponse>(TEAMS, { method: "POST", body: input })
  )
}

/** A default team's name cannot change (409); its permissions can. */
export function useUpdateTeam() {
  return useTeamMutation(({ id, ...changes }: AdminUpdatePortalTeamBody & { id: string }) =>
    sdk.client.fetch<AdminPortalTeamResponse>(`${TEAMS}/${id}`, { method: "POST", body: changes })
  )
}

/** Refused (409) for a default team and for a team that still has members. */
export function useDeleteTeam() {
  return useTeamMutation((id: string) =>
    sdk.client.fetch<AdminPortalTeamDeleteResponse>(`${TEAMS}/${id}`, { method: "DELETE" })
  )
}
