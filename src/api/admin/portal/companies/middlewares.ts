import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import {
  AdminAddCompanyMember,
  AdminCreateCompany,
  AdminListAccessEventsParams,
  AdminListCompaniesParams,
  AdminListCompanyMembersParams,
  AdminUpdateCompany,
  AdminUpdateCompanyMember,
  CompanyParams,
  MemberParams,
} from "./validators"
import {
  listAccessEventsQueryConfig,
  listCompaniesQueryConfig,
  listMembersQueryConfig,
  retrieveCompanyQueryConfig,
} from "./query-config"

const COMPANIES = "/admin/portal/companies"
const noQuery = validateAndTransformQuery(NoQueryParams, retrieveCompanyQueryConfig)
const companyParams = validateParams(CompanyParams)
const memberParams = validateParams(MemberParams)

/** Companies, their members and their access audit trail (docs/ARCHITECTURE.md, "Accounts"). */
export const adminPortalCompanyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: COMPANIES,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCompaniesParams, listCompaniesQueryConfig)],
  },
  {
    matcher: COMPANIES,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCompany)],
  },
  {
    matcher: `${COMPANIES}/:id`,
    method: ["GET"],
    middlewares: [companyParams, noQuery],
  },
  {
    matcher: `${COMPANIES}/:id`,
    method: ["POST"],
    middlewares: [companyParams, validateAndTransformBody(AdminUpdateCompany)],
  },
  {
    matcher: `${COMPANIES}/:id`,
    method: ["DELETE"],
    middlewares: [companyParams, validateAndTransformBody(NoBody)],
  },
  {
    matcher: `${COMPANIES}/:id/members`,
    method: ["GET"],
    middlewares: [
      companyParams,
      validateAndTransformQuery(AdminListCompanyMembersParams, listMembersQueryConfig),
    ],
  },
  {
    matcher: `${COMPANIES}/:id/members`,
    method: ["POST"],
    middlewares: [companyParams, validateAndTransformBody(AdminAddCompanyMember)],
  },
  {
    matcher: `${COMPANIES}/:id/members/:member_id`,
    method: ["POST"],
    middlewares: [memberParams, validateAndTransformBody(AdminUpdateCompanyMember)],
  },
  {
    matcher: `${COMPANIES}/:id/members/:member_id`,
    method: ["DELETE"],
    middlewares: [memberParams, validateAndTransformBody(NoBody)],
  },
  {
    matcher: `${COMPANIES}/:id/events`,
    method: ["GET"],
    middlewares: [
      companyParams,
      validateAndTransformQuery(AdminListAccessEventsParams, listAccessEventsQueryConfig),
    ],
  },
]
