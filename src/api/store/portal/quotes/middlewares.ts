import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { Permission } from "../../../../shared/permissions"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import { StoreAcceptQuote, StoreDeclineQuote, StoreQuoteSelection } from "../quote-links/validators"
import {
  MemberQuoteParams,
  StoreMemberListQuotesParams,
  StoreMemberQuoteMessage,
  StoreMemberSignQuote,
} from "./validators"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

const QUOTES = "/store/portal/quotes"
const QUOTE = `${QUOTES}/:id`

/**
 * One entry per member quote route (docs/ARCHITECTURE.md, "Routes and
 * guards"): Medusa's customer authentication, the member guard with the
 * permission the route needs, and only then the path, query and body
 * validators, so nothing a refused caller sent is read.
 */
function memberRoute(
  matcher: string,
  method: "GET" | "POST",
  permission: Permission,
  input: z.ZodTypeAny = NoQueryParams,
  queryConfig: QueryConfig = retrieveTransformQueryConfig
): MiddlewareRoute {
  return {
    matcher,
    method: [method],
    middlewares: [
      ...memberGuard(permission),
      ...(matcher.includes(":id") ? [validateParams(MemberQuoteParams)] : []),
      method === "GET"
        ? validateAndTransformQuery(input, queryConfig)
        : validateAndTransformBody(input),
    ],
  }
}

/** `/store/portal/quotes`: the active company's quotes, with the link page's actions. */
export const storePortalQuotesRoutesMiddlewares: MiddlewareRoute[] = [
  memberRoute(QUOTES, "GET", "quotes.view", StoreMemberListQuotesParams, listTransformQueryConfig),
  memberRoute(QUOTE, "GET", "quotes.view"),
  memberRoute(`${QUOTE}/selection`, "POST", "quotes.accept", StoreQuoteSelection),
  memberRoute(`${QUOTE}/accept`, "POST", "quotes.accept", StoreAcceptQuote),
  {
    ...memberRoute(`${QUOTE}/sign`, "POST", "quotes.accept", StoreMemberSignQuote),
    // A drawn signature may be up to 1 MB of PNG, sent as base64.
    bodyParser: { sizeLimit: "2mb" },
  },
  memberRoute(`${QUOTE}/decline`, "POST", "quotes.accept", StoreDeclineQuote),
  memberRoute(`${QUOTE}/messages`, "GET", "quotes.view"),
  memberRoute(`${QUOTE}/messages`, "POST", "messages.write", StoreMemberQuoteMessage),
  memberRoute(`${QUOTE}/pdf`, "GET", "quotes.view"),
]
