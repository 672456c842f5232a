import { z } from "@medusajs/framework/zod"
import { listQueryParams } from "../../../utils/query-params"
import { portalLanguage } from "../../../utils/portal-language"
import { prefixedId } from "../../../utils/validate-params"
import { MEMBER_STATUSES } from "../../../../modules/accounts/models/portal-member"
import type {
  AdminAddPortalCompanyMemberBody,
  AdminCreatePortalCompanyBody,
  AdminListPortalAccessEventsParams,
  AdminListPortalCompaniesParams,
  AdminListPortalCompanyMembersParams,
  AdminUpdatePortalCompanyBody,
  AdminUpdatePortalCompanyMemberBody,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { ACCESS_EVENT_FIELDS, COMPANY_FIELDS, MEMBER_FIELDS } from "./query-config"

const name = z.string().trim().min(1).max(200)
const percent = z.number().finite().min(0).max(100)
const teamIds = z.array(prefixedId("pteam")).max(50)
const customerId = prefixedId("cus")

export const CompanyParams = z.object({ id: prefixedId("pcomp") }).strict()
export const MemberParams = z
  .object({ id: prefixedId("pcomp"), member_id: prefixedId("pmem") })
  .strict()

export const AdminCreateCompany = z
  .object({
    name,
    allow_portal: z.boolean().optional(),
    is_customer: z.boolean().optional(),
    is_supplier: z.boolean().optional(),
    discount_percent: percent.nullish(),
    language: portalLanguage.nullish(),
  })
  .strict()
  .refine((company) => (company.is_customer ?? true) || (company.is_supplier ?? false), {
    message: "A company buys, supplies or both: set is_customer or is_supplier",
  })
export type AdminCreateCompanyType = z.infer<typeof AdminCreateCompany>

export const AdminUpdateCompany = z
  .object({
    name: name.optional(),
    allow_portal: z.boolean().optional(),
    is_customer: z.boolean().optional(),
    is_supplier: z.boolean().optional(),
    discount_percent: percent.nullish(),
    language: portalLanguage.nullish(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: "Give at least one change" })
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>

export const AdminListCompaniesParams = listQueryParams({ fields: COMPANY_FIELDS, order: "name" })
  .omit({ fields: true })
  .extend({
    q: z.string().trim().max(200).optional(),
    allow_portal: z.enum(["true", "false"]).optional(),
    /** Only buying (or only non-buying) companies. */
    is_customer: z.enum(["true", "false"]).optional(),
    /** Only supplying (or only non-supplying) companies: the purchase order form's supplier picker. */
    is_supplier: z.enum(["true", "false"]).optional(),
    /** Only the companies this customer is a member of, each with their `member` record. */
    customer_id: customerId.optional(),
  })
  .strict()
export type AdminListCompaniesParamsType = z.infer<typeof AdminListCompaniesParams>

export const AdminAddCompanyMember = z
  .object({
    customer_id: customerId.optional(),
    customer: z
      .object({
        email: z.string().trim().toLowerCase().email().max(320),
        first_name: z.string().trim().max(200).nullish(),
        last_name: z.string().trim().max(200).nullish(),
      })
      .strict()
      .optional(),
    team_ids: teamIds.optional(),
  })
  .strict()
  .refine((body) => (body.customer_id === undefined) !== (body.customer === undefined), {
    message: "Give either customer_id (an existing customer) or customer (a new one)",
  })
export type AdminAddCompanyMemberType = z.infer<typeof AdminAddCompanyMember>

export const AdminUpdateCompanyMember = z
  .object({ status: z.enum(MEMBER_STATUSES).optional(), team_ids: teamIds.optional() })
  .strict()
  .refine((body) => body.status !== undefined || body.team_ids !== undefined, {
    message: "Give a status or team_ids",
  })
export type AdminUpdateCompanyMemberType = z.infer<typeof AdminUpdateCompanyMember>

export const AdminListCompanyMembersParams = listQueryParams({
  fields: MEMBER_FIELDS,
  order: "created_at",
  limit: 100,
})
  .omit({ fields: true })
  .extend({ status: z.enum(MEMBER_STATUSES).optional() })
  .strict()
export type AdminListCompanyMembersParamsType = z.infer<typeof AdminListCompanyMembersParams>

export const AdminListAccessEventsParams = listQueryParams({
  fields: ACCESS_EVENT_FIELDS,
  order: "-created_at",
  limit: 50,
})
  .omit({ fields: true })
  .strict()
export type AdminListAccessEventsParamsType = z.infer<typeof AdminListAccessEventsParams>

/** The shared request types (src/shared/http/companies.ts) are these validators'. */
export type CompanyContract = [
  Assert<AgreesWith<AdminCreatePortalCompanyBody, typeof AdminCreateCompany>>,
  Assert<AgreesWith<AdminUpdatePortalCompanyBody, typeof AdminUpdateCompany>>,
  Assert<AgreesWith<AdminListPortalCompaniesParams, typeof AdminListCompaniesParams>>,
  Assert<AgreesWith<AdminAddPortalCompanyMemberBody, typeof AdminAddCompanyMember>>,
  Assert<AgreesWith<AdminUpdatePortalCompanyMemberBody, typeof AdminUpdateCompanyMember>>,
  Assert<AgreesWith<AdminListPortalCompanyMembersParams, typeof AdminListCompanyMembersParams>>,
  Assert<AgreesWith<AdminListPortalAccessEventsParams, typeof AdminListAccessEventsParams>>,
]
