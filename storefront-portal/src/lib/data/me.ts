import type { ContactEmailSwitches } from "@shared/contact-emails"
import type { Permission } from "@shared/permissions"
import { useQuery } from "@tanstack/react-query"
import type { Branding } from "../brand"
import { fetchMe, memberFetch } from "../member-api"

// `GET /store/portal/me` (README, "Signing in to the portal"): the contact, their
// companies and the active one's permissions; the account's frame and every
// section read it.

export type MeCompany = {
  id: string
  name: string
  is_customer: boolean
  is_supplier: boolean
  teams: { id: string; name: string }[]
  permissions: Permission[]
}

export type Me = {
  contact: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
    company_name: string | null
  }
  preferences: { marketing_opt_in: boolean; emails: ContactEmailSwitches }
  companies: MeCompany[]
  active_company_id: string
  permissions: Permission[]
  /** The merchant's name, logo and colour for the signed-in pages. */
  branding: Branding
  /** The merchant's ordering settings the cart page follows; the server enforces them. */
  ordering?: { allow_quote_requests: boolean; allow_place_order: boolean; hide_prices: boolean }
}

export type ProfileChanges = {
  first_name?: string
  last_name?: string
  phone?: string | null
  marketing_opt_in?: boolean
  emails?: Partial<ContactEmailSwitches>
}

export const meKeys = {
  all: ["me"] as const,
}

export const me = {
  /** The contact and their active company; the sign-in pages ask it without React Query. */
  get: fetchMe,
  update: (changes: ProfileChanges) =>
    memberFetch<Me>("/store/portal/me", { method: "POST", body: changes }),
}

/** `GET /store/portal/me`: the contact, their companies and the active one's permissions. */
export const useMe = () => useQuery({ queryKey: meKeys.all, queryFn: me.get })
