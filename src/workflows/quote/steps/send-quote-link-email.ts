import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type QuoteLinkEmail = {
  to: string
  quote_number: string
  url: string
  valid_until: Date
}

export const QUOTE_LINK_EMAIL_TEMPLATE = "portal-quote-sent"

/**
 * Emails the buyer their link. The link is also returned to the admin who sent
 * it, so a failing email provider is logged, not fatal.
 */
export const sendQuoteLinkEmailStep = createStep(
  "portal-send-quote-link-email",
  async (email: QuoteLinkEmail, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const notifications = container.resolve(Modules.NOTIFICATION)
      await notifications.createNotifications({
        to: email.to,
        channel: "email",
        template: QUOTE_LINK_EMAIL_TEMPLATE,
        content: {
          subject: `Your quote ${email.quote_number}`,
          text: `Your quote ${email.quote_number} is ready: ${email.url}\nThe quote is valid until ${new Date(email.valid_until).toUTCString()}.`,
        },
        data: { quote_number: email.quote_number, url: email.url, valid_until: email.valid_until },
      })
      return new StepResponse({ sent: true })
    } catch (error) {
      logger.warn(`Quote ${email.quote_number}: the link email could not be sent (${error})`)
      return new StepResponse({ sent: false })
    }
  }
)
