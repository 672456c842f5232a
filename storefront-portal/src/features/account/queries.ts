import { QueryClient, useQuery } from "@tanstack/react-query"
import { isForbidden, isUnauthorized, me } from "../../lib/member-api"

/**
 * The account area's cache (docs/ARCHITECTURE.md, "Storefront portal"): data
 * is refetched when the tab regains focus; a 401 or 403 is not retried (the
 * layout sends the contact to sign in, or says what is missing).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: (failures, error) => !isUnauthorized(error) && !isForbidden(error) && failures < 2,
    },
  },
})

export const ME_KEY = ["me"] as const

/** `GET /store/portal/me`: the contact, their companies and the active one's permissions. */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: me.get })
