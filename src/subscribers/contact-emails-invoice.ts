import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICE_EVENTS } from "../workflows/billing/utils/events"
import { notifyContactsInvoiceWorkflow } from "../workflows/portal/workflows/notify-contacts-invoice"

/**
 * A deposit or balance invoice issued, or an invoice become overdue: the
 * company's contacts hear of it (docs/ARCHITECTURE.md, "Contact emails").
 */
export default async function contactEmailsInvoice({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyContactsInvoiceWorkflow(container).run({
    input: {
      invoice_id: event.data.id,
      happened: event.name === INVOICE_EVENTS.OVERDUE ? "overdue" : "issued",
    },
  })
}

export const config: SubscriberConfig = {
  event: [INVOICE_EVENTS.CREATED, INVOICE_EVENTS.OVERDUE],
  context: { subscriberId: "portal-contact-emails-invoice" },
}
