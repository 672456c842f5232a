import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  parallelize,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber } from "../../../modules/billing/status"
import { announceInvoiceIssued } from "../utils/invoice-issued"
import { createInvoiceStep } from "../steps/create-invoice"
import { loadInvoiceOrderStep } from "../steps/load-invoice-order"
import { syncOrderBalanceStep } from "../steps/sync-order-balance"
import { validateBalanceInvoiceStep } from "../steps/validate-balance-invoice"

export type CreateBalanceInvoiceWorkflowInput = {
  order_id: string
  /** Defaults to 14 days from now. */
  due_at?: Date | string | null
}

export type CreateBalanceInvoiceWorkflowOutput = {
  id: string
  /** "INV-1002" */
  number: string
  amount: number
  payment_collection_id: string
  due_at: Date
}

/** Issuing a balance and an order edit resizing it queue on this key. */
export function orderBalanceLockKey(orderId: string): string {
  return `portal-order-balance:${orderId}`
}

/**
 * Issues the balance invoice of an order: the rest of the order after its
 * deposit, on the order's open balance collection (created and linked to the
 * order when it has none, e.g. after the previous balance invoice was voided).
 * Its amount is the collection's, and follows it when an order edit changes
 * what is outstanding (syncOrderBalanceStep).
 */
export const createBalanceInvoiceWorkflow = createWorkflow(
  "portal-create-balance-invoice",
  (input: CreateBalanceInvoiceWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => orderBalanceLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const balance = syncOrderBalanceStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, create_if_missing: true }))
    )
    const [{ data: quotes }, invoiceOrder] = parallelize(
      useQueryGraphStep({
        entity: "portal_quote",
        fields: ["id"],
        filters: { order_id: input.order_id },
      }).config({ name: "portal-load-balance-quote" }),
      loadInvoiceOrderStep(
        transform({ input }, ({ input }) => ({ order_id: input.order_id }))
      ).config({ name: "portal-load-balance-order" })
    )

    const { due_at } = validateBalanceInvoiceStep(
      transform({ input, balance }, ({ input, balance }) => ({
        order_id: input.order_id,
        payment_collection_id: balance.payment_collection_id,
        amount: balance.amount,
        due_at: input.due_at,
      }))
    )

    const invoice = createInvoiceStep(
      transform(
        { input, balance, due_at, quotes, invoiceOrder },
        ({ input, balance, due_at, quotes, invoiceOrder }) => ({
          kind: "balance" as const,
          amount: balance.amount,
          currency_code: balance.currency_code,
          due_at,
          order_id: input.order_id,
          quote_id: quotes[0]?.id ?? null,
          payment_collection_id: balance.payment_collection_id!,
          bill_to: invoiceOrder.bill_to,
        })
      )
    )

    parallelize(...announceInvoiceIssued(invoice, "balance"))
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ invoice }, ({ invoice }): CreateBalanceInvoiceWorkflowOutput => ({
        id: invoice.id,
        number: formatInvoiceNumber(invoice.display_number),
        amount: Number(invoice.amount),
        payment_collection_id: invoice.payment_collection_id,
        due_at: new Date(invoice.due_at),
      }))
    )
  }
)
