import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import {
  AdminCreateStaffGroup,
  AdminListStaffGroupsParams,
  AdminUpdateStaffGroup,
  StaffGroupParams,
} from "./validators"
import { listStaffGroupsQueryConfig, retrieveStaffGroupQueryConfig } from "./query-config"

const GROUPS = "/admin/portal/staff-groups"
const groupParams = validateParams(StaffGroupParams)

/** Staff groups: named lists of admin users for alerts (docs/ARCHITECTURE.md, "Settings"). */
export const adminPortalStaffGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: GROUPS,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListStaffGroupsParams, listStaffGroupsQueryConfig),
    ],
  },
  {
    matcher: GROUPS,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStaffGroup)],
  },
  {
    matcher: `${GROUPS}/:id`,
    method: ["GET"],
    middlewares: [
      groupParams,
      validateAndTransformQuery(NoQueryParams, retrieveStaffGroupQueryConfig),
    ],
  },
  {
    matcher: `${GROUPS}/:id`,
    method: ["POST"],
    middlewares: [groupParams, validateAndTransformBody(AdminUpdateStaffGroup)],
  },
  {
    matcher: `${GROUPS}/:id`,
    method: ["DELETE"],
    middlewares: [groupParams, validateAndTransformBody(NoBody)],
  },
]
