import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../../lib/email/layout"
import { formatDateTime } from "../../../lib/format"
import { translator } from "../../../lib/i18n"
import { contactLanguage } from "../../shared/utils/contact-language"
import { loadEmailBranding } from "../../shared/utils/email-branding"

export const INVITATION_EMAIL_TEMPLATE = "portal-invitation"

export type InvitationEmail = {
  to: string
  /** Whose invitation: the email is in their language (contactLanguage). */
  customer_id?: string | null
  company_id: string
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
  try {
    const [branding, language] = await Promise.all([
      loadEmailBranding(container),
      contactLanguage(container, { customer_id: email.customer_id, company_id: email.company_id }),
    ])
    const t = translator(language, "email")
    const company = email.company_name
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email.to,
      channel: "email",
      template: INVITATION_EMAIL_TEMPLATE,
      content: renderEmail(
        branding,
        {
          subject: t("invitation.subject", { company }),
          paragraphs: [
            t("invitation.invited", { merchant: branding.name, company }),
            t("invitation.choose_password"),
          ],
          action: { label: t("invitation.action"), url: email.url },
          footer: [
            t("invitation.expires", { expires: formatDateTime(email.expires_at, language) }),
          ],
        },
        language
      ),
      data: { company_name: email.company_name, expires_at: email.expires_at, language },
    })
    return true
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Invitation to ${email.company_name}: the email could not be sent (${error})`)
    return false
  }
}
