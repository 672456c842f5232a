import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { NoBody } from "../../../../../../utils/query-params"
import { validateParams } from "../../../../../../utils/validate-params"
import { MemberParams } from "../../../validators"

const MEMBER = "/admin/portal/companies/:id/members/:member_id"
const takesNoBody = [validateParams(MemberParams), validateAndTransformBody(NoBody)]

/** Sending, resending and revoking a member's invitation (docs/ARCHITECTURE.md, "Accounts"). */
export const adminPortalInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: `${MEMBER}/invite`, method: ["POST"], middlewares: takesNoBody },
  { matcher: `${MEMBER}/invitations/revoke`, method: ["POST"], middlewares: takesNoBody },
]
