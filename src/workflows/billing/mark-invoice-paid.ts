import {
  addOrderTransactionStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { INVOICE_EVENTS } from "./events"
import { claimInvoicePaidStep } from "./steps/claim-invoice-paid"

export type MarkInvoicePaidWorkflowInput = {
  /** The payment Medusa just captured (the `payment.captured` event's id). */
  payment_id: string
}

type CollectionWithInvoice = {
  id: string
  status: string
  currency_code: string
  payments?: ({ captures?: ({ id: string; amount: unknown } | null)[] | null } | null)[] | null
  portal_invoice?: {
    id: string
    display_number: number | string
    status: string
    order_id: string
  } | null
}

/**
 * Run on every captured payment: when it completes an invoice's payment
 * collection, the invoice becomes paid and the money is recorded on the order,
 * so the order's outstanding amount drops by it. Payments of anything else
 * (checkout, order edits) pass through untouched. Safe to run twice.
 */
export const markInvoicePaidWorkflow = createWorkflow(
  "portal-mark-invoice-paid",
  (input: MarkInvoicePaidWorkflowInput) => {
    const { data: payment } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "payment_collection_id"],
      filters: { id: input.payment_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "portal-load-captured-payment" })

    const { data: found } = useQueryGraphStep({
      entity: "payment_collection",
      fields: [
        "id",
        "status",
        "currency_code",
        "payments.captures.id",
        "payments.captures.amount",
        "portal_invoice.id",
        "portal_invoice.display_number",
        "portal_invoice.status",
        "portal_invoice.order_id",
      ],
      filters: transform({ payment }, ({ payment }) => ({ id: payment.payment_collection_id })),
    }).config({ name: "portal-load-invoice-payment-collection" })
    // The invoice this collection pays, if any, and the captures to record on its order.
    const settlement = transform({ found }, ({ found }) => {
      const collection = (found[0] ?? null) as unknown as CollectionWithInvoice | null
      const invoice = collection?.portal_invoice
      if (!collection || !invoice) return null
      const captures = (collection.payments ?? [])
        .flatMap((payment) => payment?.captures ?? [])
        .filter((capture) => !!capture)
      return {
        invoice,
        payment_collection_status: collection.status,
        transactions: captures.map((capture) => ({
          order_id: invoice.order_id,
          amount: capture.amount as number,
          currency_code: collection.currency_code,
          reference: "capture",
          reference_id: capture.id,
        })),
      }
    })

    const { paid } = claimInvoicePaidStep(
      transform({ settlement }, ({ settlement }) => ({
        invoice: settlement?.invoice ?? null,
        payment_collection_status: settlement?.payment_collection_status ?? null,
      }))
    )

    when({ paid }, ({ paid }) => paid).then(() => {
      addOrderTransactionStep(
        transform({ settlement }, ({ settlement }) => settlement?.transactions ?? [])
      )
      emitEventStep({
        eventName: INVOICE_EVENTS.PAID,
        data: transform({ settlement }, ({ settlement }) => ({
          id: settlement?.invoice.id,
          order_id: settlement?.invoice.order_id,
        })),
      })
    })

    return new WorkflowResponse(
      transform({ settlement, paid }, ({ settlement, paid }) => ({
        invoice_id: settlement?.invoice.id ?? null,
        paid,
      }))
    )
  }
)
