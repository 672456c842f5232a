import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renderEmail } from "../../../lib/email/layout"
import { translator } from "../../../lib/i18n"
import { storeLanguage } from "../../shared/utils/contact-language"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { emailBrandingStep } from "../../shared/utils/email-branding"
import { adminPageUrl } from "../../shared/utils/urls"
import { resolveStaffAlertStep } from "../../portal/steps/resolve-staff-alert"
import { loadQuote } from "../utils/load-quote"

/** Each alert's recipients setting, which also names its sentence (`staff.<key>`). */
export const STAFF_ALERTS = {
  requested: { recipients_key: "quote_requested" },
  viewed: { recipients_key: "quote_viewed" },
  message: { recipients_key: "quote_message" },
  accepted: { recipients_key: "quote_accepted" },
  declined: { recipients_key: "quote_declined" },
} as const

export type StaffAlert = keyof typeof STAFF_ALERTS

/**
 * Emails staff about something the buyer did: the admin users assigned to the
 * quote, plus the users and staff groups the portal settings list for this
 * alert, each once, with the alert's template (docs/ARCHITECTURE.md, "Settings").
 */
export const notifyQuoteStaffWorkflow = createWorkflow(
  "portal-notify-quote-staff",
  (input: { quote_id: string; alert: StaffAlert }) => {
    const quote = loadQuote(input.quote_id)
    const target = resolveStaffAlertStep(
      transform({ quote, input }, ({ quote, input }) => ({
        alert: STAFF_ALERTS[input.alert].recipients_key,
        also: (quote.assigned_user_ids ?? []).filter((id): id is string => !!id),
      }))
    )
    const recipientIds = transform({ target }, ({ target }) => target.user_ids)
    const { data: users } = useQueryGraphStep({
      entity: "user",
      fields: ["id", "email"],
      filters: transform({ recipientIds }, ({ recipientIds }) => ({ id: recipientIds })),
    }).config({ name: "portal-load-alerted-staff" })

    const branding = emailBrandingStep()
    const notifications = transform(
      { quote, users, input, recipientIds, target, branding },
      ({ quote, users, input, recipientIds, target, branding }) => {
        // An empty id filter would match every user.
        if (!recipientIds.length) return []
        const alert = STAFF_ALERTS[input.alert]
        const number = formatQuoteNumber(quote.display_number)
        // Staff read the store's language (docs/ARCHITECTURE.md, "Languages").
        const language = storeLanguage()
        const t = translator(language, "email")
        const subject = t(`staff.${alert.recipients_key}`, { number })
        return users.map((user) => ({
          to: user.email,
          channel: "email",
          template: target.template,
          content: renderEmail(
            branding,
            {
              subject,
              paragraphs: [t("staff.by", { what: subject, who: quote.customer_email })],
              action: {
                label: t("staff.open_quote"),
                url: adminPageUrl(`/quotes/${encodeURIComponent(quote.id)}`),
              },
            },
            language
          ),
          data: { quote_id: quote.id, quote_number: number, customer_email: quote.customer_email },
        }))
      }
    )
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
