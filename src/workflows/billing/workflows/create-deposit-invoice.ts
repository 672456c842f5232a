import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPaymentCollectionsStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  parallelize,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber } from "../../../modules/billing/status"
import { announceInvoiceIssued } from "../utils/invoice-issued"
import { createInvoiceStep } from "../steps/create-invoice"
import { loadInvoiceOrderStep } from "../steps/load-invoice-order"
import { syncOrderBalanceStep } from "../steps/sync-order-balance"
import { validateDepositInvoiceStep } from "../steps/validate-deposit-invoice"

export type CreateDepositInvoiceWorkflowInput = {
  order_id: string
  quote_id?: string | null
  /** In the currency's major unit, like every Medusa amount (300 = $300.00). */
  amount: number
  currency_code: string
  /** Defaults to 14 days from now. */
  due_at?: Date | string | null
  /**
   * Resize the order's balance collection after raising the deposit (the default). An
   * accept that syncs the balance itself right after passes false (raiseOrderInvoicesWorkflow).
   */
  sync_balance?: boolean
}

export type CreateDepositInvoiceWorkflowOutput = {
  id: string
  /** "INV-1001" */
  number: string
  payment_collection_id: string
  due_at: Date
}

/**
 * Raises an order's deposit invoice and resizes its balance collection, both linked to the
 * order with Medusa's own link, so Medusa itself reports the order's payment status
 * (docs/ARCHITECTURE.md, "Relations", "Money").
 */
export const createDepositInvoiceWorkflow = createWorkflow(
  "portal-create-deposit-invoice",
  (input: CreateDepositInvoiceWorkflowInput) => {
    const invoiceOrder = loadInvoiceOrderStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id }))
    ).config({ name: "portal-load-deposit-order" })

    const { due_at } = validateDepositInvoiceStep(
      transform({ invoiceOrder, input }, ({ invoiceOrder, input }) => ({
        order: invoiceOrder.order,
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
      transform(
        { input, collection, due_at, invoiceOrder },
        ({ input, collection, due_at, invoiceOrder }) => ({
          kind: "deposit" as const,
          amount: input.amount,
          currency_code: input.currency_code,
          due_at,
          order_id: input.order_id,
          quote_id: input.quote_id,
          payment_collection_id: collection.id,
          bill_to: invoiceOrder.bill_to,
        })
      )
    )

    // Three independent effects of the new invoice, side by side. The invoice's order and
    // collection are its columns (src/links reads them without a link table); the
    // collection's order is Medusa's own link.
    parallelize(
      createRemoteLinkStep(
        transform({ invoice, collection }, ({ invoice, collection }): LinkDefinition[] => [
          {
            [Modules.ORDER]: { order_id: invoice.order_id },
            [Modules.PAYMENT]: { payment_collection_id: collection.id },
          },
        ])
      ),
      ...announceInvoiceIssued(invoice, "deposit")
    )
    // The balance is sized against the order's collections, the deposit's now linked.
    when(
      "portal-deposit-syncs-balance",
      { input },
      ({ input }) => input.sync_balance !== false
    ).then(() => {
      syncOrderBalanceStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
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
