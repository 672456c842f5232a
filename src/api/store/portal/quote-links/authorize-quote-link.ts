import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import { tooManyRequests } from "../../../utils/errors"
import { isLinkLookupBlocked, recordFailedLinkLookup } from "../../../utils/link-rate-limit"

export type QuoteLinkRequest<Body = unknown> = MedusaRequest<Body> & {
  quoteLink: { id: string; quote_id: string }
}

/**
 * Guards every `/store/portal/quote-links/:token` route: the token is the
 * credential. Sets the no-leak headers, refuses callers that guessed too
 * often, and resolves the token to its quote.
 */
export async function authorizeQuoteLink(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("Cache-Control", "no-store")
  const ip = req.ip ?? "unknown"
  if (await isLinkLookupBlocked(req.scope, ip)) {
    throw tooManyRequests("Too many invalid quote links from this address; try again later.")
  }
  const quotes: QuoteModuleService = req.scope.resolve(QUOTE_MODULE)
  try {
    const link = await quotes.resolveLinkToken(String(req.params.token ?? ""))
    ;(req as QuoteLinkRequest).quoteLink = { id: link.id, quote_id: link.quote_id }
  } catch (error) {
    if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) {
      await recordFailedLinkLookup(req.scope, ip)
    }
    throw error
  }
  next()
}
