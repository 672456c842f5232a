import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { LinkAccess } from "../../../../shared/permissions"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import { clientAddress } from "../../../utils/client-address"
import { tooManyRequests } from "../../../utils/errors"
import { refundLinkLookup, reserveLinkLookup } from "../../../utils/link-rate-limit"

/** A request the quote-link guard let through: the caller holds the link to one quote. */
export type QuoteLinkRequest<Body = unknown> = MedusaRequest<Body> & { access: LinkAccess }

/** What the access log shows in place of a link token. */
export const REDACTED_TOKEN = ":token"

/**
 * Guards every `/store/portal/quote-links/:token` route: the token is the
 * credential. Keeps the token out of Medusa's access log, sets the no-leak
 * headers, refuses addresses that guessed too often, and resolves the token
 * into who is acting: `{ kind: "link", quote_id }` on `req.access`, the only
 * thing the routes read (docs/ARCHITECTURE.md, "Permission model").
 */
export async function authorizeQuoteLink(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const token = String(req.params.token ?? "")
  // Medusa's request logger prints `originalUrl` when the response ends;
  // routing has already used `url`, which stays as it was.
  if (token) req.originalUrl = req.originalUrl.split(token).join(REDACTED_TOKEN)
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("Cache-Control", "no-store")

  const address = clientAddress(req)
  if (!(await reserveLinkLookup(req.scope, address))) {
    throw tooManyRequests("Too many invalid quote links from this address; try again later.")
  }
  const quotes: QuoteModuleService = req.scope.resolve(QUOTE_MODULE)
  try {
    const link = await quotes.resolveLinkToken(token)
    ;(req as QuoteLinkRequest).access = { kind: "link", quote_id: link.quote_id }
  } catch (error) {
    // A failed lookup keeps its unit; anything else was not a guess.
    if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) {
      await refundLinkLookup(req.scope, address)
    }
    throw error
  }
  await refundLinkLookup(req.scope, address)
  next()
}
