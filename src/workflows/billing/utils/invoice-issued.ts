import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { INVOICE_EVENTS } from "./events"
import { invoiceTimelineEntries } from "./invoice-timeline"

type IssuedInvoice = {
  id: string
  display_number: number | string
  kind: string
  amount: unknown
  currency_code: string
  order_id: string
  quote_id?: string | null
}

/**
 * What issuing any invoice announces, independent of each other (give them to
 * `parallelize` or call them in turn): the quote's timeline entry and the
 * `portal.invoice.created` event the emails and alerts follow.
 */
export function announceInvoiceIssued(invoice: WorkflowData<IssuedInvoice>, kind: string) {
  return [
    recordQuoteEventStep(
      transform({ invoice }, ({ invoice }) => invoiceTimelineEntries(invoice, "invoice_issued"))
    ).config({ name: `portal-record-${kind}-issued` }),
    emitEventStep({
      eventName: INVOICE_EVENTS.CREATED,
      data: transform({ invoice }, ({ invoice }) => ({
        id: invoice.id,
        order_id: invoice.order_id,
        quote_id: invoice.quote_id,
      })),
    }),
  ] as const
}
