import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { CompanyParams } from "../companies/validators"
import {
  AdminCreateConversation,
  AdminListConversationsParams,
  ConversationMessage,
  ConversationParams,
} from "./validators"

const CONVERSATIONS = "/admin/portal/conversations"

/** Staff's conversations with the companies (docs/ARCHITECTURE.md, "Conversations"). */
export const adminPortalConversationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: CONVERSATIONS,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListConversationsParams, { isList: true })],
  },
  {
    matcher: "/admin/portal/companies/:id/conversations",
    method: ["POST"],
    middlewares: [validateParams(CompanyParams), validateAndTransformBody(AdminCreateConversation)],
  },
  {
    matcher: `${CONVERSATIONS}/:id`,
    method: ["GET"],
    middlewares: [
      validateParams(ConversationParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
  {
    matcher: `${CONVERSATIONS}/:id/messages`,
    method: ["POST"],
    middlewares: [
      validateParams(ConversationParams),
      validateAndTransformBody(ConversationMessage),
    ],
  },
]
