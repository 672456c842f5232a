import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../../lib/email/layout"
import { formatDateTime } from "../../../lib/format"
import { translator } from "../../../lib/i18n"
import { quoteLanguage } from "../../shared/utils/contact-language"
import { loadEmailBranding } from "../../shared/utils/email-branding"

export const QUOTE_LINK_EMAIL_TEMPLATE = "portal-quote-sent"

export type QuoteLinkEmail = {
  to: string
  quote_number: string
  url: string
  valid_until: Date | string
  /** The quote's language and company: the email is in `quoteLanguage`. */
  language?: string | null
  company_id?: string | null
}

/**
 * Emails the buyer their link. The raw token goes only in `content`, which Medusa never
 * stores; a failing provider is logged, not fatal, since the sending admin also gets the link
 * (docs/ARCHITECTURE.md, "Security rules"). Returns whether the email went out.
 */
export async function emailQuoteLink(
  container: MedusaContainer,
  email: QuoteLinkEmail
): Promise<boolean> {
  try {
    const [branding, language] = await Promise.all([
      loadEmailBranding(container),
      quoteLanguage(container, email),
    ])
    const t = translator(language, "email")
    const number = email.quote_number
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email.to,
      channel: "email",
      template: QUOTE_LINK_EMAIL_TEMPLATE,
      content: renderEmail(
        branding,
        {
          subject: t("quote_link.subject", { number, merchant: branding.name }),
          paragraphs: [
            t("quote_link.sent", { number, merchant: branding.name }),
            t("quote_link.valid_until", {
              date: formatDateTime(email.valid_until, language),
            }),
          ],
          action: { label: t("quote_link.action"), url: email.url },
          footer: [t("quote_link.personal")],
        },
        language
      ),
      data: { quote_number: email.quote_number, valid_until: email.valid_until, language },
    })
    return true
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Quote ${email.quote_number}: the link email could not be sent (${error})`)
    return false
  }
}
