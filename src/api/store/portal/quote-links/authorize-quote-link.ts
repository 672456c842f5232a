import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LinkAccess } from "../../../../shared/permissions"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import { invalidLink } from "../../../../modules/quote/service"
import { clientAddress } from "../../../utils/client-address"
import { tooManyRequests } from "../../../utils/errors"
import { countFailedLookup, failuresKey, withinBudget } from "../../../utils/link-rate-limit"

/** A request the quote-link guard let through: the caller holds the link to one quote. */
export type QuoteLinkRequest<Body = unknown> = MedusaRequest<Body> & { access: LinkAccess }

/**
 * The one guard of the quote-link routes: the token is the credential, resolved once into
 * `req.access`, the only thing the routes read (docs/ARCHITECTURE.md, "Routes and guards").
 */
export async function authorizeQuoteLink(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const token = String(req.params.token ?? "")
  const address = clientAddress(req)
  const quotes: QuoteModuleService = req.scope.resolve(QUOTE_MODULE)
  // One statement for a good link: the link, its quote's status and the
  // address's failures so far; only a failed lookup writes (link-rate-limit.ts).
  const { link, failures } = await quotes.lookUpLink(token, failuresKey(address))
  if (!withinBudget(failures)) throw tooManyRequests("access.too_many_links")
  if (!link) {
    if (!(await countFailedLookup(req.scope, address)))
      throw tooManyRequests("access.too_many_links")
    throw invalidLink()
  }
  ;(req as QuoteLinkRequest).access = { kind: "link", quote_id: link.quote_id }
  next()
}
