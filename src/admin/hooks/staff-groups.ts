import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalStaffGroupBody,
  AdminPortalStaffGroupDeleteResponse,
  AdminPortalStaffGroupListResponse,
  AdminPortalStaffGroupResponse,
} from "../../shared/http/teams"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The admin's name for a staff group as its routes answer it (src/shared/http/teams.ts). */
export type { AdminPortalStaffGroup as StaffGroup } from "../../shared/http/teams"

const GROUPS_PATH = "/admin/portal/staff-groups"
export const staffGroupKeys = queryKeysFactory("staff-groups")

/** The staff groups alerts can go to. */
export function useStaffGroups() {
  return useQuery({
    queryKey: staffGroupKeys.list(),
    queryFn: () =>
      sdk.client.fetch<AdminPortalStaffGroupListResponse>(GROUPS_PATH, { query: { limit: 100 } }),
    select: (data) => data.staff_groups,
  })
}

/** Creates a group (no id) or changes one; deletes with `remove`. */
export function useSaveStaffGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: AdminCreatePortalStaffGroupBody & { id?: string }) =>
      sdk.client.fetch<AdminPortalStaffGroupResponse>(id ? `${GROUPS_PATH}/${id}` : GROUPS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffGroupKeys.all }),
  })
}

export function useDeleteStaffGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminPortalStaffGroupDeleteResponse>(`${GROUPS_PATH}/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffGroupKeys.all }),
  })
}
