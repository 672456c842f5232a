import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  ConversationMessage,
  ConversationParams,
  StoreCreateConversation,
  StoreListConversationsParams,
} from "../../../admin/portal/conversations/validators"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { featureGuard } from "../feature-guard"

const CONVERSATIONS = "/store/portal/conversations"

/** Writes answer the thread as it now is, so they need its view too. */
const guard = (permission: "conversations.view" | "conversations.write") => [
  ...memberGuard(
    permission === "conversations.write" ? ["conversations.view", permission] : permission
  ),
  featureGuard("conversations"),
]

/**
 * `/store/portal/conversations`: the active company's threads with the merchant, for
 * contacts whose teams allow `conversations.view`; `conversations.write` replies and starts
 * threads (where the merchant allows it), while the merchant offers conversations
 * (docs/ARCHITECTURE.md, "Conversations"). The guard runs before any validator.
 */
export const storePortalConversationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: CONVERSATIONS,
    method: ["GET"],
    middlewares: [
      ...guard("conversations.view"),
      validateAndTransformQuery(StoreListConversationsParams, { isList: true }),
    ],
  },
  {
    matcher: CONVERSATIONS,
    method: ["POST"],
    middlewares: [
      ...guard("conversations.write"),
      validateAndTransformBody(StoreCreateConversation),
    ],
  },
  {
    matcher: `${CONVERSATIONS}/:id`,
    method: ["GET"],
    middlewares: [
      ...guard("conversations.view"),
      validateParams(ConversationParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
  {
    matcher: `${CONVERSATIONS}/:id/messages`,
    method: ["POST"],
    middlewares: [
      ...guard("conversations.write"),
      validateParams(ConversationParams),
      validateAndTransformBody(ConversationMessage),
    ],
  },
]
