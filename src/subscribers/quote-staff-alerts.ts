import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { QUOTE_EVENTS } from "../workflows/quote/utils/events"
import {
  notifyQuoteStaffWorkflow,
  StaffAlert,
} from "../workflows/quote/workflows/notify-quote-staff"

type QuoteEventData = { id: string; quote_id?: string; author_type?: string }

const ALERT_FOR_EVENT: Record<string, StaffAlert> = {
  [QUOTE_EVENTS.REQUESTED]: "requested",
  [QUOTE_EVENTS.VIEWED]: "viewed",
  [QUOTE_EVENTS.ACCEPTED]: "accepted",
  [QUOTE_EVENTS.DECLINED]: "declined",
  [QUOTE_EVENTS.MESSAGE_CREATED]: "message",
}

/** Tells assigned staff what the buyer did. Runs after the buyer's action committed. */
export default async function quoteStaffAlerts({
  event,
  container,
}: SubscriberArgs<QuoteEventData>) {
  const alert = ALERT_FOR_EVENT[event.name]
  // Staff replies are not announced to staff.
  if (event.name === QUOTE_EVENTS.MESSAGE_CREATED && event.data.author_type !== "customer") return
  const quoteId = event.data.quote_id ?? event.data.id
  await notifyQuoteStaffWorkflow(container).run({ input: { quote_id: quoteId, alert } })
}

export const config: SubscriberConfig = {
  event: Object.keys(ALERT_FOR_EVENT),
}
