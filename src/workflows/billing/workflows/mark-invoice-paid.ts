import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { INVOICE_EVENTS } from "../utils/events"
import { invoiceTimelineEntries } from "../utils/invoice-timeline"
import { claimInvoicePaidStep } from "../steps/claim-invoice-paid"

export type MarkInvoicePaidWorkflowInput = {
  /** The payment Medusa just captured (the `payment.captured` event's id). */
  payment_id: string
}

/**
 * Marks an invoice paid when a captured payment completes its collection; safe to run twice.
 * Writes nothing on the order: Medusa's capture workflow already did, through the core link
 * (docs/ARCHITECTURE.md, "Money").
 */
export const markInvoicePaidWorkflow = createWorkflow(
  "portal-mark-invoice-paid",
  (input: MarkInvoicePaidWorkflowInput) => {
    const { data: payment } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "provider_id",
        "payment_collection_id",
        "payment_collection.id",
        "payment_collection.status",
      ],
      filters: { id: input.payment_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "portal-load-captured-payment" })

    // The invoice column, not a link: portal_invoice.payment_collection_id is unique.
    const { data: invoices } = useQueryGraphStep({
      entity: "portal_invoice",
      fields: [
        "id",
        "display_number",
        "status",
        "kind",
        "amount",
        "currency_code",
        "order_id",
        "quote_id",
      ],
      filters: transform({ payment }, ({ payment }) => ({
        payment_collection_id: payment.payment_collection_id,
      })),
    }).config({ name: "portal-load-captured-invoice" })

    const invoice = transform({ invoices }, ({ invoices }) => invoices[0] ?? null)

    const { paid } = claimInvoicePaidStep(
      transform({ invoice, payment }, ({ invoice, payment }) => ({
        invoice,
        payment_collection_status:
          (payment as { payment_collection?: { status?: string } | null }).payment_collection
            ?.status ?? null,
      }))
    )

    when({ paid }, ({ paid }) => paid).then(() => {
      recordQuoteEventStep(
        transform({ invoice, payment }, ({ invoice, payment }) =>
          invoice
            ? invoiceTimelineEntries(invoice, "invoice_paid", {
                payment_id: payment.id,
                provider_id: (payment as { provider_id?: string }).provider_id,
              })
            : []
        )
      ).config({ name: "portal-record-invoice-paid" })
      emitEventStep({
        eventName: INVOICE_EVENTS.PAID,
        data: transform({ invoice }, ({ invoice }) => ({
          id: invoice?.id,
          order_id: invoice?.order_id,
        })),
      })
    })

    return new WorkflowResponse(
      transform({ invoice, paid }, ({ invoice, paid }) => ({
        invoice_id: invoice?.id ?? null,
        paid,
      }))
    )
  }
)
