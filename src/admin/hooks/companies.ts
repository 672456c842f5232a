import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { useDebouncedValue } from "../lib/use-debounced-value"

/**
 * The admin API's shapes for portal companies and their contacts
 * (src/api/admin/portal/companies, its views.ts), as the pages read them.
 */
export type Company = {
  id: string
  name: string
  allow_portal: boolean
  /** Buys from the merchant (the customer side of the portal). */
  is_customer: boolean
  /** Supplies the merchant (the supplier side of the portal). */
  is_supplier: boolean
  discount_percent: number | null
  customer_group_id: string | null
  created_at: string
  updated_at: string
}

/** The latest invitation's state: accepted is "active". */
export type InvitationStatus = "none" | "invited" | "active" | "expired" | "revoked"

export type MemberTeam = { id: string; name: string; handle: string }

export type CompanyMember = {
  id: string
  company_id: string
  customer_id: string
  status: "active" | "disabled"
  /** When the contact accepted an invitation: until then the membership grants nothing. */
  activated_at: string | null
  created_at: string
  updated_at: string
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    has_account: boolean
  } | null
  teams: MemberTeam[]
  invitation_status: InvitationStatus
}

/** A company as GET /admin/portal/companies?customer_id= answers it: with that customer's membership. */
export type CustomerCompany = Company & { member: CompanyMember | null }

export type AccessEvent = {
  id: string
  type: string
  actor_type: "staff" | "customer" | "system"
  actor_id: string | null
  company_id: string | null
  member_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type CompanyInput = {
  name: string
  allow_portal: boolean
  is_customer: boolean
  is_supplier: boolean
  discount_percent: number | null
}

/** An existing customer, or a new one the server creates (a guest customer, no login yet). */
export type NewMemberInput =
  | { customer_id: string }
  | { customer: { email: string; first_name?: string | null; last_name?: string | null } }

const BASE = "/admin/portal/companies"

const base = queryKeysFactory("companies")

export const companyKeys = {
  ...base,
  members: (id: string) => [...base.detail(id), "members"] as const,
  events: (id: string) => [...base.detail(id), "events"] as const,
}

type Page = { count: number; offset: number; limit: number }

export function useCompanies(params: { limit: number; offset: number; q?: string }) {
  return useQuery({
    queryKey: companyKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<{ companies: Company[] } & Page>(BASE, {
        query: { ...params, q: params.q || undefined, order: "name" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useCompany(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: companyKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ company: Company }>(`${BASE}/${id}`),
    select: (data) => data.company,
    enabled: options.enabled,
  })
}

export function useCompanyMembers(id: string) {
  return useQuery({
    queryKey: companyKeys.members(id),
    queryFn: () =>
      sdk.client.fetch<{ members: CompanyMember[] } & Page>(`${BASE}/${id}/members`, {
        query: { limit: 500 },
      }),
    select: (data) => data.members,
  })
}

export function useCompanyEvents(id: string) {
  return useQuery({
    queryKey: companyKeys.events(id),
    queryFn: () =>
      sdk.client.fetch<{ events: AccessEvent[] } & Page>(`${BASE}/${id}/events`, {
        query: { limit: 50 },
      }),
  })
}

/** The companies a customer is a contact of, each with their membership. */
export function useCustomerCompanies(customerId: string | null | undefined) {
  const query = { customer_id: customerId, limit: 100 }
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: () => sdk.client.fetch<{ companies: CustomerCompany[] } & Page>(BASE, { query }),
    select: (data) => data.companies,
    enabled: !!customerId,
  })
}

export type SupplierOption = { id: string; name: string }

/** Supplier companies matching a search, for the purchase order form and filters. */
export function useSupplierSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  const query = { q: q || undefined, is_supplier: "true", limit: 100, order: "name" }
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: () => sdk.client.fetch<{ companies: SupplierOption[] } & Page>(BASE, { query }),
    select: (data): SupplierOption[] => data.companies.map(({ id, name }) => ({ id, name })),
    placeholderData: keepPreviousData,
  })
}

/** Any change to a company or its contacts: every company view (lists, members, trail) reloads. */
function useCompanyMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }),
  })
}

export function useCreateCompany() {
  return useCompanyMutation((input: CompanyInput) =>
    sdk.client.fetch<{ company: Company }>(BASE, { method: "POST", body: input })
  )
}

export function useUpdateCompany(id: string) {
  return useCompanyMutation((input: Partial<CompanyInput>) =>
    sdk.client.fetch<{ company: Company }>(`${BASE}/${id}`, { method: "POST", body: input })
  )
}

/** Refused (409) while the company has contacts or quotes. */
export function useDeleteCompany(id: string) {
  return useCompanyMutation((_: void) =>
    sdk.client.fetch<{ id: string; deleted: boolean }>(`${BASE}/${id}`, { method: "DELETE" })
  )
}

export function useAddMember(companyId: string) {
  return useCompanyMutation((input: NewMemberInput & { team_ids?: string[] }) =>
    sdk.client.fetch<{ member: CompanyMember }>(`${BASE}/${companyId}/members`, {
      method: "POST",
      body: input,
    })
  )
}

export type MemberChanges = { status?: "active" | "disabled"; team_ids?: string[] }

export function useUpdateMember(companyId: string) {
  return useCompanyMutation(({ memberId, ...changes }: MemberChanges & { memberId: string }) =>
    sdk.client.fetch<{ member: CompanyMember }>(`${BASE}/${companyId}/members/${memberId}`, {
      method: "POST",
      body: changes,
    })
  )
}

export function useRemoveMember(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch(`${BASE}/${companyId}/members/${memberId}`, { method: "DELETE" })
  )
}

/** Sends the invitation email; sending again (resend) revokes the earlier invitation. */
export function useInviteMember(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch<{ email_sent: boolean; member: CompanyMember }>(
      `${BASE}/${companyId}/members/${memberId}/invite`,
      { method: "POST" }
    )
  )
}

export function useRevokeInvitation(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch<{ member: CompanyMember }>(
      `${BASE}/${companyId}/members/${memberId}/invitations/revoke`,
      { method: "POST" }
    )
  )
}
