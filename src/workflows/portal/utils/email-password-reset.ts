import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../../lib/email/layout"
import { formatDateTime } from "../../../lib/format"
import { translator } from "../../../lib/i18n"
import { contactLanguage } from "../../shared/utils/contact-language"
import { loadEmailBranding } from "../../shared/utils/email-branding"
import { portalUrl } from "../../shared/utils/urls"

export const PASSWORD_RESET_EMAIL_TEMPLATE = "portal-password-reset"

/** What Medusa's `auth.password_reset` event carries (generateResetPasswordTokenWorkflow). */
export type PasswordResetEvent = {
  entity_id?: string
  actor_type?: string
  token?: string
  metadata?: Record<string, unknown> | null
}

/** When the reset token stops working, read from its own `exp` claim. */
function expiresAt(token: string): Date | null {
  try {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString())
    return typeof claims.exp === "number" ? new Date(claims.exp * 1000) : null
  } catch {
    return null
  }
}

/**
 * The contact the login `email` belongs to, when they are an active contact of a portal
 * company: their customer and that company, whose language the email follows.
 */
async function portalContactOfLogin(
  container: MedusaContainer,
  email: string
): Promise<{ customer_id: string; company_id: string } | null> {
  const [login] = await container
    .resolve(Modules.AUTH)
    .listProviderIdentities(
      { provider: "emailpass", entity_id: email },
      { relations: ["auth_identity"] }
    )
  const customerId = login?.auth_identity?.app_metadata?.customer_id as string | undefined
  if (!customerId) return null
  const { data: members } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "portal_member",
    fields: ["id", "company.id", "company.allow_portal"],
    filters: { customer_id: customerId, status: "active" },
  })
  const member = members.find((row) => row.company?.allow_portal)
  return member ? { customer_id: customerId, company_id: member.company!.id } : null
}

/**
 * Emails a portal contact their reset link, only for resets with `metadata.portal === true`.
 * The token travels only in the email's `content`: no workflow, stored field or log sees it
 * (docs/ARCHITECTURE.md, "Contact emails"). Returns whether it was sent.
 */
export async function emailPasswordReset(
  container: MedusaContainer,
  event: PasswordResetEvent
): Promise<boolean> {
  const { entity_id: email, token } = event
  if (event.actor_type !== "customer" || event.metadata?.portal !== true) return false
  if (typeof email !== "string" || typeof token !== "string" || !email || !token) return false
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const contact = await portalContactOfLogin(container, email)
    if (!contact) return false
    const url = portalUrl(
      container,
      `/reset-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
    )
    const expires = expiresAt(token)
    const [branding, language] = await Promise.all([
      loadEmailBranding(container),
      contactLanguage(container, contact),
    ])
    const t = translator(language, "email")
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email,
      channel: "email",
      template: PASSWORD_RESET_EMAIL_TEMPLATE,
      content: renderEmail(
        branding,
        {
          subject: t("reset.subject"),
          paragraphs: [t("reset.asked", { merchant: branding.name })],
          action: { label: t("reset.action"), url },
          footer: [
            expires
              ? t("reset.expires", { expires: formatDateTime(expires, language) })
              : t("reset.once"),
            t("reset.ignore"),
          ],
        },
        language
      ),
      data: { expires_at: expires?.toISOString() ?? null },
    })
    return true
  } catch (error) {
    // Never the token: only what failed.
    logger.warn(
      `Portal password reset: the email could not be sent (${String(error).split(token).join(":token")})`
    )
    return false
  }
}
