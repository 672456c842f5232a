import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type StaffGroup = {
  id: string
  name: string
  user_ids: string[]
  users: Array<{ id: string; email: string; first_name: string | null; last_name: string | null }>
  created_by: string | null
  updated_by: string | null
  created_at: string
  updated_at: string
}

const GROUPS_PATH = "/admin/portal/staff-groups"
export const staffGroupKeys = queryKeysFactory("staff-groups")

/** The staff groups alerts can go to. */
export function useStaffGroups() {
  return useQuery({
    queryKey: staffGroupKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ staff_groups: StaffGroup[] }>(GROUPS_PATH, { query: { limit: 100 } }),
    select: (data) => data.staff_groups,
  })
}

/** Creates a group (no id) or changes one; deletes with `remove`. */
export function useSaveStaffGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name: string; user_ids: string[] }) =>
      sdk.client.fetch<{ staff_group: StaffGroup }>(id ? `${GROUPS_PATH}/${id}` : GROUPS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffGroupKeys.all }),
  })
}

export function useDeleteStaffGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${GROUPS_PATH}/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffGroupKeys.all }),
  })
}
