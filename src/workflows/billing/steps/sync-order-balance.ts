import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import {
  BALANCE_COLLECTION_METADATA,
  loadOrderBilling,
  planOrderBalance,
} from "../utils/order-balance"

export type SyncOrderBalanceInput = {
  order_id: string
  /** Create the balance collection (linked to the order) when the order has none open. */
  create_if_missing?: boolean
}

export type SyncOrderBalanceOutput = {
  /** The order's open balance collection after the sync, if it has one. */
  payment_collection_id: string | null
  amount: number
  currency_code: string
  /** The unpaid balance invoice on that collection, if one was issued. */
  invoice_id: string | null
}

type Undo = {
  created_collection_id: string | null
  order_id: string
  amounts: { id: string; amount: number }[]
  invoice: { id: string; amount: number } | null
}

/**
 * Keeps an order's payment collections adding up to its total after anything that changes
 * either, including Medusa's own edits, claims, exchanges and returns, which resize one
 * unpaid collection on their own (docs/ARCHITECTURE.md, "Money").
 */
export const syncOrderBalanceStep = createStep(
  "portal-sync-order-balance",
  async (
    input: SyncOrderBalanceInput,
    { container }
  ): Promise<StepResponse<SyncOrderBalanceOutput, Undo>> => {
    const billing = await loadOrderBilling(container, input.order_id)
    const { order } = billing
    const undo: Undo = {
      created_collection_id: null,
      order_id: order.id,
      amounts: [],
      invoice: null,
    }
    // Orders from checkout (no collection or invoice of ours) stay as Medusa made them.
    const ours =
      billing.invoices.length > 0 ||
      billing.collections.some((collection) => !!collection.metadata?.portal_invoice_kind)
    if (order.status === "canceled" || (!ours && !input.create_if_missing)) {
      return new StepResponse(
        {
          payment_collection_id: null,
          amount: 0,
          currency_code: order.currency_code,
          invoice_id: null,
        },
        undo
      )
    }
    const payments = container.resolve(Modules.PAYMENT)
    const plan = planOrderBalance(billing)

    for (const reset of plan.depositResets) {
      await payments.updatePaymentCollections(reset.id, { amount: reset.to })
      undo.amounts.push({ id: reset.id, amount: reset.from })
    }

    let collectionId = plan.balanceCollection?.id ?? null
    if (plan.balanceCollection && plan.balanceCollection.amount !== plan.balance) {
      await payments.updatePaymentCollections(plan.balanceCollection.id, { amount: plan.balance })
      undo.amounts.push({ id: plan.balanceCollection.id, amount: plan.balanceCollection.amount })
    } else if (!plan.balanceCollection && input.create_if_missing && plan.balance > 0) {
      const collection = await payments.createPaymentCollections({
        amount: plan.balance,
        currency_code: order.currency_code.toLowerCase(),
        metadata: { ...BALANCE_COLLECTION_METADATA, order_id: order.id },
      })
      undo.created_collection_id = collection.id
      // Medusa's own order <-> payment collection link: the order's payment
      // status, paid total and "Mark as paid" all read the collections linked here.
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PAYMENT]: { payment_collection_id: collection.id },
      })
      collectionId = collection.id
    }

    // The balance invoice follows its collection's amount.
    const invoice = plan.balanceInvoice
    if (invoice && invoice.amount !== plan.balance) {
      const service: BillingModuleService = container.resolve(BILLING_MODULE)
      await service.updatePortalInvoices({ id: invoice.id, amount: plan.balance })
      undo.invoice = { id: invoice.id, amount: invoice.amount }
    }

    return new StepResponse(
      {
        payment_collection_id: collectionId,
        amount: collectionId ? plan.balance : 0,
        currency_code: order.currency_code,
        invoice_id: invoice?.id ?? null,
      },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const payments = container.resolve(Modules.PAYMENT)
    for (const { id, amount } of undo.amounts) {
      await payments.updatePaymentCollections(id, { amount })
    }
    if (undo.invoice) {
      const service: BillingModuleService = container.resolve(BILLING_MODULE)
      await service.updatePortalInvoices({ id: undo.invoice.id, amount: undo.invoice.amount })
    }
    if (undo.created_collection_id) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.ORDER]: { order_id: undo.order_id },
        [Modules.PAYMENT]: { payment_collection_id: undo.created_collection_id },
      })
      await payments.deletePaymentCollections([undo.created_collection_id])
    }
  }
)
