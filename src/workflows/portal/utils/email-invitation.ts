import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../../lib/email/layout"
import { loadEmailBranding } from "../../shared/utils/email-branding"

export const INVITATION_EMAIL_TEMPLATE = "portal-invitation"

export type InvitationEmail = {
  to: string
  company_name: string
  url: string
  expires_at: Date | string
}

/**
 * Emails a contact their invitation. The URL carries the raw token, so it goes
 * only in the notification's `content`, which Medusa never stores; `data`
 * holds no secret (docs/ARCHITECTURE.md, "Security rules"). A failing
 * provider is logged; staff can resend. Returns whether the email went out.
 */
export async function emailInvitation(
  container: MedusaContainer,
  email: InvitationEmail
): Promise<boolean> {
  const expires = new Date(email.expires_at).toUTCString()
  try {
    const branding = await loadEmailBranding(container)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email.to,
      channel: "email",
      template: INVITATION_EMAIL_TEMPLATE,
      content: renderEmail(branding, {
        subject: `Your ${email.company_name} portal login`,
        paragraphs: [
          `${branding.name} invited you to the client portal for ${email.company_name}, where you can see quotes, orders and invoices.`,
          "Choose your password to sign in.",
        ],
        action: { label: "Set your password", url: email.url },
        footer: [`The link works once, until ${expires}.`],
      }),
      data: { company_name: email.company_name, expires_at: email.expires_at },
    })
    return true
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Invitation to ${email.company_name}: the email could not be sent (${error})`)
    return false
  }
}
