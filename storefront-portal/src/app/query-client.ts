import { QueryClient } from "@tanstack/react-query"
import { mayRetry } from "../lib/api"

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
