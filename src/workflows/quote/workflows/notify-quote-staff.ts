import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { translator } from "../../../lib/i18n"
import { storeLanguage } from "../../shared/utils/contact-language"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { adminPageUrl } from "../../shared/utils/urls"
import { staffAlertEmailsStep } from "../../portal/steps/staff-alert-emails"
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
    const email = transform({ quote, input }, ({ quote, input }) => {
      const alert = STAFF_ALERTS[input.alert]
      const number = formatQuoteNumber(quote.display_number)
      // Staff read the store's language (docs/ARCHITECTURE.md, "Languages").
      const t = translator(storeLanguage(), "email")
      const subject = t(`staff.${alert.recipients_key}`, { number })
      return {
        alert: alert.recipients_key,
        also: (quote.assigned_user_ids ?? []).filter((id): id is string => !!id),
        subject,
        paragraphs: [t("staff.by", { what: subject, who: quote.customer_email })],
        action: {
          label: t("staff.open_quote"),
          url: adminPageUrl(`/quotes/${encodeURIComponent(quote.id)}`),
        },
        data: { quote_id: quote.id, quote_number: number, customer_email: quote.customer_email },
      }
    })
    const notifications = staffAlertEmailsStep(email)
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
