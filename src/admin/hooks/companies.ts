import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { PaginatedResponse } from "../../shared/http/common"
import type {
  AdminAddPortalCompanyMemberBody,
  AdminCreatePortalCompanyBody,
  AdminPortalAccessEventListResponse,
  AdminPortalCompany,
  AdminPortalCompanyDeleteResponse,
  AdminPortalCompanyListResponse,
  AdminPortalCompanyMemberDeleteResponse,
  AdminPortalCompanyMemberListResponse,
  AdminPortalCompanyMemberResponse,
  AdminPortalCompanyResponse,
  AdminPortalCustomerCompany,
  AdminPortalInviteMemberResponse,
  AdminPortalRevokeInvitationResponse,
  AdminUpdatePortalCompanyBody,
  AdminUpdatePortalCompanyMemberBody,
} from "../../shared/http/companies"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { useDebouncedValue } from "../lib/use-debounced-value"

/** The admin's names for the company routes' shapes (src/shared/http/companies.ts). */
export type {
  AdminPortalAccessEvent as AccessEvent,
  AdminPortalCompany as Company,
  AdminPortalCompanyMember as CompanyMember,
  AdminPortalCustomerCompany as CustomerCompany,
  AdminPortalMemberTeam as MemberTeam,
  AdminUpdatePortalCompanyMemberBody as MemberChanges,
  PortalInvitationStatus as InvitationStatus,
} from "../../shared/http/companies"

/** What the company form always sends. */
export type CompanyInput = Required<AdminCreatePortalCompanyBody>

/** An existing customer, or a new one the server creates (a guest customer, no login yet). */
export type NewMemberInput =
  | Pick<AdminAddPortalCompanyMemberBody, "customer_id">
  | Required<Pick<AdminAddPortalCompanyMemberBody, "customer">>

const BASE = "/admin/portal/companies"

const base = queryKeysFactory("companies")

export const companyKeys = {
  ...base,
  members: (id: string) => [...base.detail(id), "members"] as const,
  events: (id: string) => [...base.detail(id), "events"] as const,
}

export function useCompanies(params: { limit: number; offset: number; q?: string }) {
  return useQuery({
    queryKey: companyKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<PaginatedResponse<{ companies: AdminPortalCompany[] }>>(BASE, {
        query: { ...params, q: params.q || undefined, order: "name" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useCompany(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: companyKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPortalCompanyResponse>(`${BASE}/${id}`),
    select: (data) => data.company,
    enabled: options.enabled,
  })
}

export function useCompanyMembers(id: string) {
  return useQuery({
    queryKey: companyKeys.members(id),
    queryFn: () =>
      sdk.client.fetch<AdminPortalCompanyMemberListResponse>(`${BASE}/${id}/members`, {
        query: { limit: 500 },
      }),
    select: (data) => data.members,
  })
}

export function useCompanyEvents(id: string) {
  return useQuery({
    queryKey: companyKeys.events(id),
    queryFn: () =>
      sdk.client.fetch<AdminPortalAccessEventListResponse>(`${BASE}/${id}/events`, {
        query: { limit: 50 },
      }),
  })
}

/** The companies a customer is a contact of, each with their membership. */
export function useCustomerCompanies(customerId: string | null | undefined) {
  const query = { customer_id: customerId, limit: 100 }
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<PaginatedResponse<{ companies: AdminPortalCustomerCompany[] }>>(BASE, {
        query,
      }),
    select: (data) => data.companies,
    enabled: !!customerId,
  })
}

export type SupplierOption = Pick<AdminPortalCompany, "id" | "name">

/** Supplier companies matching a search, for the purchase order form and filters. */
export function useSupplierSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  const query = { q: q || undefined, is_supplier: "true", limit: 100, order: "name" }
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPortalCompanyListResponse>(BASE, { query }),
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
    sdk.client.fetch<AdminPortalCompanyResponse>(BASE, { method: "POST", body: input })
  )
}

export function useUpdateCompany(id: string) {
  return useCompanyMutation((input: AdminUpdatePortalCompanyBody) =>
    sdk.client.fetch<AdminPortalCompanyResponse>(`${BASE}/${id}`, { method: "POST", body: input })
  )
}

/** Refused (409) while the company has contacts or quotes. */
export function useDeleteCompany(id: string) {
  return useCompanyMutation((_: void) =>
    sdk.client.fetch<AdminPortalCompanyDeleteResponse>(`${BASE}/${id}`, { method: "DELETE" })
  )
}

export function useAddMember(companyId: string) {
  return useCompanyMutation(
    (input: NewMemberInput & Pick<AdminAddPortalCompanyMemberBody, "team_ids">) =>
      sdk.client.fetch<AdminPortalCompanyMemberResponse>(`${BASE}/${companyId}/members`, {
        method: "POST",
        body: input,
      })
  )
}

export function useUpdateMember(companyId: string) {
  return useCompanyMutation(
    ({ memberId, ...changes }: AdminUpdatePortalCompanyMemberBody & { memberId: string }) =>
      sdk.client.fetch<AdminPortalCompanyMemberResponse>(
        `${BASE}/${companyId}/members/${memberId}`,
        {
          method: "POST",
          body: changes,
        }
      )
  )
}

export function useRemoveMember(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch<AdminPortalCompanyMemberDeleteResponse>(
      `${BASE}/${companyId}/members/${memberId}`,
      {
        method: "DELETE",
      }
    )
  )
}

/** Sends the invitation email; sending again (resend) revokes the earlier invitation. */
export function useInviteMember(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch<AdminPortalInviteMemberResponse>(
      `${BASE}/${companyId}/members/${memberId}/invite`,
      { method: "POST" }
    )
  )
}

export function useRevokeInvitation(companyId: string) {
  return useCompanyMutation((memberId: string) =>
    sdk.client.fetch<AdminPortalRevokeInvitationResponse>(
      `${BASE}/${companyId}/members/${memberId}/invitations/revoke`,
      { method: "POST" }
    )
  )
}
