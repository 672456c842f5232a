import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { ACCOUNTS_MODULE } from "../../../../modules/accounts"
import type AccountsModuleService from "../../../../modules/accounts/service"
import { emailSwitches } from "../../../../shared/contact-emails"
import { portalFeatures } from "../../../../shared/portal-settings"
import type {
  StorePortalContact,
  StorePortalMeResponse,
  StoreUpdatePortalMeBody,
} from "../../../../shared/http"
import { contactLanguage } from "../../../../workflows/shared/utils/contact-language"
import { updateContactProfileWorkflow } from "../../../../workflows/portal/workflows/update-contact-profile"
import { fetchBranding } from "../../../utils/branding"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"

/**
 * The signed-in contact, their preferences (which emails they get, marketing
 * consent), the companies they may act for, what they may do in the active one,
 * the merchant's branding for the signed-in pages, and the ordering settings the
 * cart page follows (docs/ARCHITECTURE.md, "Quote requests" and "Placing orders";
 * the server enforces them either way).
 */
async function respondWithMe(req: MemberRequest, res: MedusaResponse<StorePortalMeResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  const accounts: AccountsModuleService = req.scope.resolve(ACCOUNTS_MODULE)
  const preferencesRead = accounts.listPortalContactPreferences(
    { customer_id: req.access.customer_id },
    { take: 1 }
  )
  const [{ data: customers }, [preferences], branding, settings, language] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "company_name"],
      filters: { id: req.access.customer_id },
    }),
    preferencesRead,
    fetchBranding(req.scope),
    portal.getSettings(),
    // Their choice as just read, then the company's and the browser's.
    preferencesRead.then(([read]) =>
      contactLanguage(req.scope, {
        company_id: req.access.company_id,
        accept_language: req.get("accept-language"),
        chosen: read?.language ?? null,
      })
    ),
  ])
  res.setHeader("Cache-Control", "no-store")
  res.json({
    // Medusa's customer email is nullable; a contact signed in with theirs.
    contact: customers[0] as StorePortalContact,
    preferences: {
      marketing_opt_in: preferences?.marketing_opt_in ?? false,
      emails: emailSwitches(preferences?.email_opt_outs as unknown as string[] | undefined),
      language: preferences?.language ?? null,
    },
    language,
    // As the guard read them for this request: a profile change does not touch them.
    companies: req.memberships.map((membership) => ({
      ...membership.company,
      teams: membership.teams,
      permissions: membership.permissions,
    })),
    active_company_id: req.access.company_id,
    permissions: [...req.access.permissions],
    branding,
    ordering: {
      allow_quote_requests: settings.allow_quote_requests,
      allow_place_order: settings.allow_place_order,
      hide_prices: settings.hide_prices,
    },
    features: portalFeatures(settings),
    may_start_conversations:
      settings.conversations_enabled && settings.clients_may_start_conversations,
  })
}

export const GET = respondWithMe

/** The contact changes their own name, phone, marketing consent or email kinds. */
export const POST = async (
  req: MemberRequest<StoreUpdatePortalMeBody>,
  res: MedusaResponse<StorePortalMeResponse>
) => {
  await runWorkflow(updateContactProfileWorkflow, req.scope, {
    ...req.validatedBody,
    customer_id: req.access.customer_id,
  })
  await respondWithMe(req, res)
}
