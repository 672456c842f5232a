import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { portalLanguages } from "../../lib/i18n"
import { acceptedLanguages, pickLanguage } from "../../shared/i18n/languages"
import type { Access } from "../../shared/permissions"
import {
  contactLanguage,
  quoteOwnLanguage,
  storeLanguage,
  storeLanguageTag,
} from "../../workflows/shared/utils/contact-language"

/**
 * The language the caller of a request reads the portal in, by the rule of its pages
 * (docs/ARCHITECTURE.md, "Languages"): staff read the store's; a signed-in contact their
 * own, their company's, their browser's, the store's (on Medusa's own routes, without the
 * company); a quote link's holder the quote's, then their browser's; anyone else their
 * browser's, then the store's. Read only when a refusal is answered, after the route's
 * guard set `req.access` (or failed to).
 */
export async function readerLanguage(req: MedusaRequest): Promise<string> {
  if (/^\/admin(\/|$)/i.test(req.path)) return storeLanguage()
  const accept = req.get("accept-language")
  const access = (req as MedusaRequest & { access?: Access }).access
  if (access?.kind === "member") {
    return contactLanguage(req.scope, { ...access, accept_language: accept })
  }
  // A contact signed in on one of Medusa's routes our hooks guard (cart completion): their
  // own choice; which company they act for is the cart's, not known here.
  const auth = (
    req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }
  ).auth_context
  if (!access && auth?.actor_type === "customer" && auth.actor_id) {
    return contactLanguage(req.scope, { customer_id: auth.actor_id, accept_language: accept })
  }
  let quoteLanguage: string | null = null
  if (access?.kind === "link") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "portal_quote",
      fields: ["id", "language", "company_id"],
      filters: { id: access.quote_id },
    })
    const quote = data[0] as { language?: string | null; company_id?: string | null } | undefined
    quoteLanguage = quote ? await quoteOwnLanguage(req.scope, quote) : null
  }
  return pickLanguage(
    [quoteLanguage, ...acceptedLanguages(accept), storeLanguageTag()],
    portalLanguages()
  )
}
