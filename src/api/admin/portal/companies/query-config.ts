/** What the company routes read and serve (Medusa's query-config pattern; docs/ARCHITECTURE.md, "Layers"). */

export const COMPANY_FIELDS = [
  "id",
  "name",
  "allow_portal",
  "is_customer",
  "is_supplier",
  "discount_percent",
  "language",
  "customer_group_id",
  "created_at",
  "updated_at",
]

export const MEMBER_FIELDS = [
  "id",
  "company_id",
  "customer_id",
  "status",
  // When the invitation was accepted: before, the membership grants nothing (ARCHITECTURE "Accounts").
  "activated_at",
  "created_at",
  "updated_at",
]

export const ACCESS_EVENT_FIELDS = [
  "id",
  "type",
  "actor_type",
  "actor_id",
  "company_id",
  "member_id",
  "data",
  "created_at",
]

export const listCompaniesQueryConfig = { defaults: COMPANY_FIELDS, isList: true }
export const retrieveCompanyQueryConfig = { defaults: COMPANY_FIELDS, isList: false }
export const listMembersQueryConfig = { defaults: MEMBER_FIELDS, isList: true }
export const listAccessEventsQueryConfig = { defaults: ACCESS_EVENT_FIELDS, isList: true }
