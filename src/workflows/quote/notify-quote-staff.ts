import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { formatQuoteNumber } from "../../modules/quote/status"
import { loadQuote } from "./load-quote"

export const STAFF_ALERTS = {
  viewed: {
    template: "portal-staff-quote-viewed",
    subject: (n: string) => `${n} was opened by the buyer`,
  },
  message: {
    template: "portal-staff-quote-message",
    subject: (n: string) => `New question on ${n}`,
  },
  accepted: {
    template: "portal-staff-quote-accepted",
    subject: (n: string) => `${n} was accepted`,
  },
  declined: {
    template: "portal-staff-quote-declined",
    subject: (n: string) => `${n} was declined`,
  },
} as const

export type StaffAlert = keyof typeof STAFF_ALERTS

/** Emails the admin users assigned to a quote about something the buyer did. */
export const notifyQuoteStaffWorkflow = createWorkflow(
  "portal-notify-quote-staff",
  (input: { quote_id: string; alert: StaffAlert }) => {
    const quote = loadQuote(input.quote_id)
    const { data: users } = useQueryGraphStep({
      entity: "user",
      fields: ["id", "email"],
      filters: transform({ quote }, ({ quote }) => ({
        id: (quote.assigned_user_ids ?? []) as string[],
      })),
    }).config({ name: "portal-load-assigned-staff" })

    const notifications = transform({ quote, users, input }, ({ quote, users, input }) => {
      if (!(quote.assigned_user_ids ?? []).length) return []
      const alert = STAFF_ALERTS[input.alert]
      const number = formatQuoteNumber(quote.display_number)
      return users.map((user) => ({
        to: user.email,
        channel: "email",
        template: alert.template,
        content: {
          subject: alert.subject(number),
          text: `${alert.subject(number)} (${quote.customer_email}).`,
        },
        data: { quote_id: quote.id, quote_number: number, customer_email: quote.customer_email },
      }))
    })
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
