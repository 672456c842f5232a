import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createPaymentCollectionsStep,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../modules/billing"
import { formatInvoiceNumber } from "../../modules/billing/status"
import { INVOICE_EVENTS } from "./events"
import { createInvoiceStep } from "./steps/create-invoice"
import { validateDepositInvoiceStep } from "./steps/validate-deposit-invoice"

export type CreateDepositInvoiceWorkflowInput = {
  order_id: string
  quote_id?: string | null
  /** In the currency's major unit, like every Medusa amount (300 = $300.00). */
  amount: number
  currency_code: string
  /** Defaults to 14 days from now. */
  due_at?: Date | string | null
}

export type CreateDepositInvoiceWorkflowOutput = {
  id: string
  /** "INV-1001" */
  number: string
  payment_collection_id: string
  due_at: Date
}

/**
 * Raises the deposit invoice of an order: a Medusa payment collection for
 * exactly that amount and currency, the invoice, and the links from the
 * invoice to the order and to the collection.
 *
 * The collection is deliberately not linked to the order with Medusa's own
 * order <-> payment collection link: Medusa would then report the order as
 * fully "captured" once only the deposit is paid, and its order edit, claim,
 * exchange and return confirmations resize any unpaid collection of the order
 * to the whole outstanding amount. When the deposit is paid,
 * markInvoicePaidWorkflow records it on the order as a transaction instead, so
 * the order's outstanding amount drops by the deposit.
 */
export const createDepositInvoiceWorkflow = createWorkflow(
  "portal-create-deposit-invoice",
  (input: CreateDepositInvoiceWorkflowInput) => {
    const { data: order } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "currency_code", "status"],
      filters: { id: input.order_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "portal-load-deposit-order" })

    const { due_at } = validateDepositInvoiceStep(
      transform({ order, input }, ({ order, input }) => ({
        order,
        amount: input.amount,
        currency_code: input.currency_code,
        due_at: input.due_at,
      }))
    )

    const collections = createPaymentCollectionsStep(
      transform({ input }, ({ input }) => [
        {
          amount: input.amount,
          currency_code: input.currency_code.toLowerCase(),
          metadata: { portal_invoice_kind: "deposit", order_id: input.order_id },
        },
      ])
    )
    const collection = transform({ collections }, ({ collections }) => collections[0])

    const invoice = createInvoiceStep(
      transform({ input, collection, due_at }, ({ input, collection, due_at }) => ({
        kind: "deposit" as const,
        amount: input.amount,
        currency_code: input.currency_code,
        due_at,
        order_id: input.order_id,
        quote_id: input.quote_id,
        payment_collection_id: collection.id,
      }))
    )

    createRemoteLinkStep(
      transform({ invoice, collection }, ({ invoice, collection }): LinkDefinition[] => [
        {
          [BILLING_MODULE]: { portal_invoice_id: invoice.id },
          [Modules.ORDER]: { order_id: invoice.order_id },
        },
        {
          [BILLING_MODULE]: { portal_invoice_id: invoice.id },
          [Modules.PAYMENT]: { payment_collection_id: collection.id },
        },
      ])
    )

    emitEventStep({
      eventName: INVOICE_EVENTS.CREATED,
      data: transform({ invoice }, ({ invoice }) => ({
        id: invoice.id,
        order_id: invoice.order_id,
        quote_id: invoice.quote_id,
      })),
    })

    return new WorkflowResponse(
      transform(
        { invoice, collection },
        ({ invoice, collection }): CreateDepositInvoiceWorkflowOutput => ({
          id: invoice.id,
          number: formatInvoiceNumber(invoice.display_number),
          payment_collection_id: collection.id,
          due_at: new Date(invoice.due_at),
        })
      )
    )
  }
)
