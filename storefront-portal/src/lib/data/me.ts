import type { StorePortalMeResponse, StoreUpdatePortalMeBody } from "@shared/http/me"
import { useQuery } from "@tanstack/react-query"
import { fetchMe, memberFetch } from "../member-api"

// `GET /store/portal/me` (README, "Signing in to the portal"): the contact, their
// companies and the active one's permissions; the account's frame and every
// section read it.

export const meKeys = {
  all: ["me"] as const,
}

export const me = {
  /** The contact and their active company; the sign-in pages ask it without React Query. */
  get: fetchMe,
  update: (changes: StoreUpdatePortalMeBody) =>
    memberFetch<StorePortalMeResponse>("/store/portal/me", { method: "POST", body: changes }),
}

/** `GET /store/portal/me`: the contact, their companies and the active one's permissions. */
export const useMe = () => useQuery({ queryKey: meKeys.all, queryFn: me.get })
