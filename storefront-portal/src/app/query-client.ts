import { QueryClient, useQuery } from "@tanstack/react-query"
import { mayRetry } from "../../lib/api"
import { me } from "../../lib/member-api"

/**
 * The account area's cache (docs/ARCHITECTURE.md, "Storefront portal"): data
 * is refetched when the tab regains focus; only a lost connection or a 5xx is
 * retried, so a 401, 403 or 404 is answered at once (the layout sends the
 * contact to sign in, or says what is missing or not found).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: (failures, error) => mayRetry(error) && failures < 2,
    },
  },
})

export const ME_KEY = ["me"] as const

/** `GET /store/portal/me`: the contact, their companies and the active one's permissions. */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: me.get })
