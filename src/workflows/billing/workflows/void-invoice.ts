import {
  acquireLockStep,
  cancelPaymentStep,
  deletePaymentSessionsWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { INVOICE_EVENTS } from "../utils/events"
import { invoiceLockKey } from "../utils/invoice-lock"
import { assertNoPaymentReceivedStep } from "../steps/assert-no-payment-received"
import { cancelInvoicePaymentCollectionStep } from "../steps/cancel-invoice-payment-collection"
import { loadInvoiceStep } from "../steps/load-invoice"
import { syncOrderBalanceStep } from "../steps/sync-order-balance"
import { transitionInvoiceStep } from "../steps/transition-invoice"

export type VoidInvoiceWorkflowInput = { invoice_id: string; actor_id?: string }

/** Payment sessions that hold no payment yet: a buyer's open payment page. */
const UNPAID_SESSION_STATUSES = ["pending", "requires_more", "error", "pending_authorization"]

/**
 * Staff withdraw an unpaid or overdue invoice. Its payment collection is
 * cancelled and open payment sessions are deleted (for Stripe this cancels the
 * PaymentIntent), so a payment page the buyer left open can no longer take money.
 * The order's balance collection then grows by a void deposit.
 */
export const voidInvoiceWorkflow = createWorkflow(
  "portal-void-invoice",
  (input: VoidInvoiceWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => invoiceLockKey(input.invoice_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const invoice = loadInvoiceStep({ id: input.invoice_id })
    assertNoPaymentReceivedStep({ invoice })
    transitionInvoiceStep(
      transform({ invoice }, ({ invoice }) => ({ invoice, to: "void" as const }))
    )

    const openSessionIds = transform({ invoice }, ({ invoice }) =>
      (invoice.payment_collection?.payment_sessions ?? [])
        .filter((session) => UNPAID_SESSION_STATUSES.includes(session.status))
        .map((session) => session.id)
    )
    when({ openSessionIds }, ({ openSessionIds }) => openSessionIds.length > 0).then(() => {
      deletePaymentSessionsWorkflow.runAsStep({ input: { ids: openSessionIds } })
    })
    when({ invoice }, ({ invoice }) => invoice.payment_collection?.status !== "canceled").then(
      () => {
        cancelInvoicePaymentCollectionStep(
          transform({ invoice }, ({ invoice }) => ({
            payment_collection_id: invoice.payment_collection_id,
            status: invoice.payment_collection?.status ?? "not_paid",
          }))
        )
      }
    )
    // Last, because releasing an authorised payment cannot be undone.
    cancelPaymentStep({
      paymentIds: transform({ invoice }, ({ invoice }) =>
        (invoice.payment_collection?.payments ?? [])
          .filter((payment) => !payment.captured_at && !payment.canceled_at)
          .map((payment) => payment.id)
      ),
    })

    // A void deposit no longer holds part of the order: the balance takes it back.
    syncOrderBalanceStep(transform({ invoice }, ({ invoice }) => ({ order_id: invoice.order_id })))

    emitEventStep({
      eventName: INVOICE_EVENTS.VOIDED,
      data: transform({ input }, ({ input }) => ({
        id: input.invoice_id,
        actor_id: input.actor_id,
      })),
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse({ id: input.invoice_id })
  }
)
