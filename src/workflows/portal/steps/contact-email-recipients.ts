import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CompanyEmailKind,
  emailKindPermission,
  isOptionalEmailKind,
} from "../../../shared/contact-emails"
import { memberPermissions } from "../../../shared/permissions"
import { portalLanguages } from "../../../lib/i18n"
import { pickLanguage } from "../../../shared/i18n/languages"
import { storeLanguageTag } from "../../shared/utils/contact-language"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { PORTAL_FEATURES, type PortalFeature } from "../../../shared/portal-settings"
import { accountsService } from "./portal-service"

export type ContactEmailRecipient = {
  customer_id: string
  email: string
  first_name: string | null
  /** The language they read emails in (docs/ARCHITECTURE.md, "Languages"). */
  language: string
}

export type ContactEmailAudience = {
  company_id: string
  kind: CompanyEmailKind
  /** Contacts told another way (the quote's buyer gets the link email instead). */
  exclude_customer_ids?: string[]
  /** Only these contacts, if the rule lets them (a conversation's participants). */
  only_customer_ids?: string[]
}

/**
 * The one recipient rule of the contact emails: active, permitted contacts with a login who
 * have not turned the kind off (documents cannot be turned off) (docs/ARCHITECTURE.md,
 * "Contact emails", "Accounts").
 */
export async function contactEmailRecipients(
  container: MedusaContainer,
  audience: ContactEmailAudience
): Promise<ContactEmailRecipient[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({
    entity: "portal_company",
    fields: [
      "id",
      "allow_portal",
      "is_customer",
      "is_supplier",
      "language",
      "members.customer_id",
      "members.status",
      "members.activated_at",
      "members.teams.team.permissions",
    ],
    filters: { id: audience.company_id },
  })
  const company = companies[0]
  if (!company?.allow_portal) return []
  const permission = emailKindPermission(audience.kind)
  const excluded = new Set(audience.exclude_customer_ids ?? [])
  const only = audience.only_customer_ids ? new Set(audience.only_customer_ids) : null
  const customerIds = (company.members ?? [])
    .filter(
      (member) =>
        member &&
        member.status === "active" &&
        !!member.activated_at &&
        !excluded.has(member.customer_id) &&
        (!only || only.has(member.customer_id))
    )
    .filter((member) =>
      memberPermissions(
        company,
        (member!.teams ?? []).map((row) => ({
          permissions: row?.team?.permissions as unknown as string[] | undefined,
        }))
      ).includes(permission)
    )
    .map((member) => member!.customer_id)
  if (!customerIds.length) return []

  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "has_account"],
    filters: { id: customerIds },
  })
  const withAccount = customers.filter((customer) => customer.has_account && customer.email)
  if (!withAccount.length) return []

  const emails = [...new Set(withAccount.flatMap((c) => [c.email!, c.email!.toLowerCase()]))]
  const logins = await container.resolve(Modules.AUTH).listProviderIdentities(
    // The module takes a list as `IN`; its filter type names one value.
    { provider: "emailpass", entity_id: emails as unknown as string },
    { relations: ["auth_identity"] }
  )
  const boundTo = new Set(
    logins.map((login) => login.auth_identity?.app_metadata?.customer_id).filter(Boolean)
  )
  const preferences = await accountsService(container).listPortalContactPreferences({
    customer_id: withAccount.map((customer) => customer.id),
  })
  const optional = isOptionalEmailKind(audience.kind)
  const optedOut = new Set(
    preferences
      .filter(
        (row) =>
          optional && ((row.email_opt_outs ?? []) as unknown as string[]).includes(audience.kind)
      )
      .map((row) => row.customer_id)
  )
  const chosen = new Map(preferences.map((row) => [row.customer_id, row.language]))
  const available = portalLanguages()
  return withAccount
    .filter((customer) => boundTo.has(customer.id) && !optedOut.has(customer.id))
    .map((customer) => ({
      customer_id: customer.id,
      email: customer.email!,
      first_name: customer.first_name ?? null,
      language: pickLanguage(
        [chosen.get(customer.id), company.language as string | null, storeLanguageTag()],
        available
      ),
    }))
    .sort((a, b) => a.email.localeCompare(b.email))
}

/** `contactEmailRecipients` as a step; no company (a quote or order of none) means nobody. */
export const contactEmailRecipientsStep = createStep(
  "portal-contact-email-recipients",
  async (
    audience: Omit<ContactEmailAudience, "company_id"> & {
      company_id?: string | null
      feature?: PortalFeature
    },
    { container }
  ) => {
    if (!audience.company_id) return new StepResponse([] as ContactEmailRecipient[])
    // A feature the merchant turned off sends nothing: its link would only be refused.
    if (audience.feature) {
      const settings = await container.resolve<PortalModuleService>(PORTAL_MODULE).getSettings()
      if (!settings[PORTAL_FEATURES[audience.feature]]) {
        return new StepResponse([] as ContactEmailRecipient[])
      }
    }
    return new StepResponse(
      await contactEmailRecipients(container, { ...audience, company_id: audience.company_id })
    )
  }
)
