import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import BigNumber from "bignumber.js"
import { currencyDecimals, type QuoteForTotals, totalsOfQuote } from "../../../shared/quote-totals"
import { loadPortalSettingsStep } from "../../portal/steps/load-portal-settings"
import { createBalanceInvoiceWorkflow } from "./create-balance-invoice"
import { createDepositInvoiceWorkflow } from "./create-deposit-invoice"
import { syncOrderBalanceStep } from "../steps/sync-order-balance"

export type RaiseOrderInvoicesWorkflowInput = {
  order_id: string
  /** The order's total and currency, as the accept just checked them against the quote. */
  order_total: number
  currency_code: string
  quote_id: string
  /** What the quote asks for as a deposit, in major units; capped at the order's total. */
  deposit_due: number
}

export type RaiseOrderInvoicesWorkflowOutput = {
  deposit_invoice_id: string | null
  balance_invoice_id: string | null
  balance_payment_collection_id: string | null
}

/**
 * An accepted quote's order gets its payment collections the Medusa way, both
 * linked to the order: the deposit (with its invoice) when the quote asks for
 * one, and the balance, the order's total less the deposit. The balance
 * invoice is issued at once when the merchant enabled `auto_balance_invoice`;
 * otherwise staff issue it from the admin.
 */
export const raiseOrderInvoicesWorkflow = createWorkflow(
  "portal-raise-order-invoices",
  (input: RaiseOrderInvoicesWorkflowInput) => {
    const settings = loadPortalSettingsStep()

    // The deposit comes from the quote's totals, the balance from Medusa's order total.
    const deposit = transform({ input }, ({ input }) => {
      const decimals = currencyDecimals(input.currency_code)
      const total = new BigNumber(input.order_total)
      return BigNumber.min(new BigNumber(input.deposit_due || 0), total)
        .decimalPlaces(decimals)
        .toNumber()
    })

    const depositInvoice = when(
      "portal-raise-deposit-invoice",
      { deposit },
      ({ deposit }) => deposit > 0
    ).then(() =>
      createDepositInvoiceWorkflow.runAsStep({
        input: transform({ input, deposit }, ({ input, deposit }) => ({
          order_id: input.order_id,
          quote_id: input.quote_id,
          amount: deposit,
          currency_code: input.currency_code,
          // The balance step below sizes the balance against the deposit.
          sync_balance: false,
        })),
      })
    )

    const balance = syncOrderBalanceStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, create_if_missing: true }))
    ).config({ name: "portal-raise-balance-collection" })

    const balanceInvoice = when(
      "portal-issue-balance-invoice",
      { settings, balance },
      ({ settings, balance }) => !!settings.auto_balance_invoice && balance.amount > 0
    ).then(() =>
      createBalanceInvoiceWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
      })
    )

    return new WorkflowResponse(
      transform(
        { depositInvoice, balanceInvoice, balance },
        ({ depositInvoice, balanceInvoice, balance }): RaiseOrderInvoicesWorkflowOutput => ({
          deposit_invoice_id: depositInvoice?.id ?? null,
          balance_invoice_id: balanceInvoice?.id ?? null,
          balance_payment_collection_id: balance.payment_collection_id,
        })
      )
    )
  }
)

/** The quote as accept and sign load it: enough to compute its deposit. */
type QuoteForInvoices = {
  id: string
  currency_code: string
  deposit_percent?: number | null
  deposit_amount?: unknown
  items?: ({ unit_price?: unknown } | null)[] | null
} & Record<string, unknown>

/**
 * The one billing call of accepting and signing: after the order exists,
 * raise its deposit and balance (raiseOrderInvoicesWorkflow). The deposit is
 * the quote's `deposit_due` for the buyer's selection, computed by the one
 * totals function from the quote as loaded under the buyer's lock.
 */
export function raiseQuoteInvoices(
  quote: QuoteForInvoices | WorkflowData<QuoteForInvoices>,
  order:
    | { id: string; total: number; currency_code: string }
    | WorkflowData<{ id: string; total: number; currency_code: string }>,
  input: { selected_item_ids: string[] } | WorkflowData<{ selected_item_ids: string[] }>
) {
  return raiseOrderInvoicesWorkflow.runAsStep({
    input: transform({ quote, order, input }, ({ quote, order, input }) => ({
      order_id: order.id,
      order_total: order.total,
      currency_code: order.currency_code,
      quote_id: quote.id,
      deposit_due: quoteDepositDue(quote, input.selected_item_ids),
    })),
  })
}

/**
 * The quote's `deposit_due` for this selection, from the one totals function
 * (`totalsOfQuote`, as signing freezes it), so it is a share of the same total
 * Medusa's order has.
 */
export function quoteDepositDue(quote: QuoteForInvoices, selectedItemIds: string[]): number {
  return totalsOfQuote(quote as unknown as QuoteForTotals, selectedItemIds).deposit_due
}
