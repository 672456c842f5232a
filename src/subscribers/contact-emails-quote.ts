import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyContactsQuoteReplyWorkflow,
  notifyContactsQuoteSentWorkflow,
} from "../workflows/portal/workflows/notify-contacts-quote"
import { QUOTE_EVENTS } from "../workflows/quote/utils/events"

type QuoteEventData = { id: string; quote_id?: string; author_type?: string }

/**
 * A quote sent to a company, or a staff reply in its thread: the company's
 * contacts hear of it (docs/ARCHITECTURE.md, "Contact emails"). The buyer's
 * own questions are not announced to the buyer's colleagues.
 */
export default async function contactEmailsQuote({
  event,
  container,
}: SubscriberArgs<QuoteEventData>) {
  if (event.name === QUOTE_EVENTS.SENT) {
    await notifyContactsQuoteSentWorkflow(container).run({ input: { quote_id: event.data.id } })
    return
  }
  if (event.data.author_type !== "staff" || !event.data.quote_id) return
  await notifyContactsQuoteReplyWorkflow(container).run({
    input: { quote_id: event.data.quote_id, message_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: [QUOTE_EVENTS.SENT, QUOTE_EVENTS.MESSAGE_CREATED],
  context: { subscriberId: "portal-contact-emails-quote" },
}
