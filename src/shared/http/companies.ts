import type { DeleteResponse, PaginatedResponse } from "./common"

/**
 * Companies, their contacts (members) and invitations (docs/ARCHITECTURE.md,
 * "Accounts"): staff's `/admin/portal/companies` and the invitation link's
 * `/store/portal/invitations`.
 */

export type AdminPortalCompany = {
  id: string
  name: string
  allow_portal: boolean
  /** Buys from the merchant (the customer side of the portal). */
  is_customer: boolean
  /** Supplies the merchant (the supplier side of the portal). */
  is_supplier: boolean
  discount_percent: number | null
  /** The language its contacts read the portal in until they choose; null: none set. */
  language: string | null
  customer_group_id: string | null
  created_at: string
  updated_at: string
}

export type PortalMemberStatus = "active" | "disabled"

/** The latest invitation's state: accepted is "active". */
export type PortalInvitationStatus = "none" | "invited" | "active" | "expired" | "revoked"

export type AdminPortalMemberTeam = { id: string; name: string; handle: string }

export type AdminPortalCompanyMember = {
  id: string
  company_id: string
  customer_id: string
  status: PortalMemberStatus
  /** When the contact accepted an invitation: until then the membership grants nothing. */
  activated_at: string | null
  created_at: string
  updated_at: string
  customer: {
    id: string
    /** Medusa's customer may have none (a customer picked by id). */
    email: string | null
    first_name: string | null
    last_name: string | null
    has_account: boolean
  } | null
  teams: AdminPortalMemberTeam[]
  invitation_status: PortalInvitationStatus
}

/** A company as `?customer_id=` lists it: with that customer's membership. */
export type AdminPortalCustomerCompany = AdminPortalCompany & {
  member: AdminPortalCompanyMember | null
}

/** One entry of a company's access audit trail. */
export type AdminPortalAccessEvent = {
  id: string
  type: string
  actor_type: "staff" | "customer" | "system"
  actor_id: string | null
  company_id: string | null
  member_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type AdminPortalCompanyResponse = { company: AdminPortalCompany }
/** The companies; with `customer_id`, each with that customer's `member` record. */
export type AdminPortalCompanyListResponse = PaginatedResponse<{
  companies: Array<AdminPortalCompany | AdminPortalCustomerCompany>
}>
export type AdminPortalCompanyDeleteResponse = DeleteResponse<"portal_company">

export type AdminPortalCompanyMemberResponse = { member: AdminPortalCompanyMember }
export type AdminPortalCompanyMemberListResponse = PaginatedResponse<{
  members: AdminPortalCompanyMember[]
}>
export type AdminPortalCompanyMemberDeleteResponse = DeleteResponse<"portal_member">

export type AdminPortalAccessEventListResponse = PaginatedResponse<{
  events: AdminPortalAccessEvent[]
}>

/** The invitation just sent: its link is in the email only, never here. */
export type AdminPortalInvitation = {
  id: string
  email: string
  expires_at: string
  status: "invited"
}

export type AdminPortalInviteMemberResponse = {
  invitation: AdminPortalInvitation
  email_sent: boolean
  member: AdminPortalCompanyMember
}

export type AdminPortalRevokeInvitationResponse = {
  revoked_invitation_ids: string[]
  member: AdminPortalCompanyMember
}

export type AdminCreatePortalCompanyBody = {
  name: string
  allow_portal?: boolean
  is_customer?: boolean
  is_supplier?: boolean
  discount_percent?: number | null
  /** A language the portal has a catalog for ("de"); null: the browser's, then the store's. */
  language?: string | null
}

/** At least one change. */
export type AdminUpdatePortalCompanyBody = Partial<AdminCreatePortalCompanyBody>

export type AdminListPortalCompaniesParams = {
  limit?: number
  offset?: number
  order?: string
  q?: string
  allow_portal?: "true" | "false"
  /** Only buying (or only non-buying) companies. */
  is_customer?: "true" | "false"
  /** Only supplying (or only non-supplying) companies. */
  is_supplier?: "true" | "false"
  /** Only the companies this customer is a member of, each with their `member` record. */
  customer_id?: string
}

/** An existing customer (customer_id), or a new guest customer the server creates. */
export type AdminAddPortalCompanyMemberBody = {
  customer_id?: string
  customer?: { email: string; first_name?: string | null; last_name?: string | null }
  team_ids?: string[]
}

export type AdminUpdatePortalCompanyMemberBody = {
  status?: PortalMemberStatus
  team_ids?: string[]
}

export type AdminListPortalCompanyMembersParams = {
  limit?: number
  offset?: number
  order?: string
  status?: PortalMemberStatus
}

export type AdminListPortalAccessEventsParams = { limit?: number; offset?: number; order?: string }

/** What the invitation link's page learns on load; `email` only while it can be accepted. */
export type StorePortalInvitationResponse = {
  status: "valid" | "used" | "expired" | "revoked"
  company_name: string
  email?: string
}

export type StoreAcceptPortalInvitationBody = {
  token: string
  password: string
  first_name?: string
  last_name?: string
}

/** As Medusa's `/auth/customer/emailpass` answers: the bearer token for the member routes. */
export type StoreAcceptPortalInvitationResponse = {
  token: string
  verification_required?: boolean
  verification?: unknown
  mfa_required?: boolean
  mfa_challenge?: unknown
}
