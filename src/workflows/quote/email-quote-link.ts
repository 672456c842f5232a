import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const QUOTE_LINK_EMAIL_TEMPLATE = "portal-quote-sent"

export type QuoteLinkEmail = {
  to: string
  quote_number: string
  url: string
  valid_until: Date | string
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!
  )

/**
 * Emails the buyer their link. The URL carries the raw token, so it goes only
 * in the notification's `content` (subject, text, html), which Medusa hands to
 * the provider but never stores; `data`, which Medusa stores and the local
 * provider logs, holds no secret (docs/ARCHITECTURE.md, "Security rules").
 * The admin who sent the quote also gets the link, so a failing email
 * provider is logged, not fatal. Returns whether the email went out.
 */
export async function emailQuoteLink(
  container: MedusaContainer,
  email: QuoteLinkEmail
): Promise<boolean> {
  const validUntil = new Date(email.valid_until).toUTCString()
  const subject = `Your quote ${email.quote_number}`
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: email.to,
      channel: "email",
      template: QUOTE_LINK_EMAIL_TEMPLATE,
      content: {
        subject,
        text: `Your quote ${email.quote_number} is ready: ${email.url}\nThe quote is valid until ${validUntil}.`,
        html:
          `<p>Your quote ${escapeHtml(email.quote_number)} is ready: ` +
          `<a href="${escapeHtml(email.url)}">open the quote</a>.</p>` +
          `<p>The quote is valid until ${escapeHtml(validUntil)}.</p>`,
      },
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
