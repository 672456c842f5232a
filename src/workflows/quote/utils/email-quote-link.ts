import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../../lib/email/layout"
import { loadEmailBranding } from "../../shared/utils/email-branding"

export const QUOTE_LINK_EMAIL_TEMPLATE = "portal-quote-sent"

export type QuoteLinkEmail = {
  to: string
  quote_number: string
  url: string
  valid_until: Date | string
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
  const validUntil = new Date(email.valid_until).toUTCString()
  try {
    const branding = await loadEmailBranding(container)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email.to,
      channel: "email",
      template: QUOTE_LINK_EMAIL_TEMPLATE,
      content: renderEmail(branding, {
        subject: `Your quote ${email.quote_number} from ${branding.name}`,
        paragraphs: [
          `${branding.name} sent you quote ${email.quote_number}. Open it to review the items and prices, ask a question, or accept it.`,
          `The quote is valid until ${validUntil}.`,
        ],
        action: { label: "Open the quote", url: email.url },
        footer: ["This link is personal: anyone who has it can open the quote."],
      }),
      data: { quote_number: email.quote_number, valid_until: email.valid_until },
    })
    return true
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Quote ${email.quote_number}: the link email could not be sent (${error})`)
    return false
  }
}
