import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export const userKeys = queryKeysFactory("users")

/** The store's admin users: whom a quote is assigned to, and who gets alerts. */
export function useStaffUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ users: StaffUser[] }>("/admin/users", {
        query: { limit: 200, fields: "id,email,first_name,last_name" },
      }),
    select: (data) => data.users,
    staleTime: 60_000,
  })
}
