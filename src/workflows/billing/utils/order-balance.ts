import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { LIVE_INVOICE_STATUSES } from "../../../modules/billing/status"
import { currencyDecimals } from "../../../shared/quote-totals"

/**
 * How an order's money is split between its payment collections, read from
 * Medusa's order (its `total`, its `summary` and the payment collections linked
 * to it with Medusa's own order <-> payment collection link) and our invoices.
 * See docs/ARCHITECTURE.md, "Money".
 */
export type OrderCollection = {
  id: string
  status: string
  amount: number
  captured_amount: number
  metadata: Record<string, unknown> | null
}

export type OrderBilling = {
  order: {
    id: string
    display_id: number | string | null
    currency_code: string
    status: string
    total: number
    pending_difference: number
  }
  collections: OrderCollection[]
  invoices: {
    id: string
    kind: string
    status: string
    amount: number
    payment_collection_id: string
    quote_id: string | null
  }[]
}

/** Collection statuses that can still take money and whose amount may still change. */
export const OPEN_COLLECTION_STATUSES = ["not_paid", "awaiting"]

/** Metadata that marks the collection raised for the balance (the rest of the order). */
export const BALANCE_COLLECTION_METADATA = { portal_invoice_kind: "balance" } as const

export async function loadOrderBilling(
  container: MedusaContainer,
  orderId: string
): Promise<OrderBilling> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "status",
      "total",
      "summary.*",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.captured_amount",
      "payment_collections.metadata",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as {
    id: string
    display_id: number | null
    currency_code: string
    status: string
    total: unknown
    summary?: { pending_difference?: unknown } | null
    payment_collections?: (Record<string, unknown> | null)[] | null
  }
  if (!order) throw new Error(`Order ${orderId} was not found`)
  const billing: BillingModuleService = container.resolve(BILLING_MODULE)
  const invoices = await billing.listPortalInvoices(
    { order_id: orderId, status: [...LIVE_INVOICE_STATUSES] },
    {
      select: ["id", "kind", "status", "amount", "payment_collection_id", "quote_id"],
      order: { created_at: "ASC" },
    }
  )
  return {
    order: {
      id: order.id,
      display_id: order.display_id,
      currency_code: order.currency_code,
      status: order.status,
      total: Number(order.total ?? 0),
      pending_difference: Number(order.summary?.pending_difference ?? order.total ?? 0),
    },
    collections: (order.payment_collections ?? [])
      .filter((collection) => !!collection)
      .map((collection) => ({
        id: String(collection!.id),
        status: String(collection!.status),
        amount: Number(collection!.amount ?? 0),
        captured_amount: Number(collection!.captured_amount ?? 0),
        metadata: (collection!.metadata as Record<string, unknown> | null) ?? null,
      })),
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      kind: invoice.kind,
      status: invoice.status,
      amount: Number(invoice.amount),
      payment_collection_id: invoice.payment_collection_id,
      quote_id: invoice.quote_id ?? null,
    })),
  }
}

const isOpen = (collection: OrderCollection) => OPEN_COLLECTION_STATUSES.includes(collection.status)

/**
 * The split the order should have now: unpaid deposits keep their invoiced amount (Medusa's
 * order edit resizes whichever unpaid collection it finds first), and the balance collection
 * holds the rest of `pending_difference` (docs/ARCHITECTURE.md, "Money").
 */
export function planOrderBalance(billing: OrderBilling) {
  const decimals = currencyDecimals(billing.order.currency_code)
  const round = (value: BigNumber.Value) => new BigNumber(value).decimalPlaces(decimals).toNumber()
  const depositCollectionIds = new Set(
    billing.invoices
      .filter((invoice) => invoice.kind === "deposit")
      .map((invoice) => invoice.payment_collection_id)
  )
  const depositResets: { id: string; from: number; to: number }[] = []
  let unpaidDeposits = new BigNumber(0)
  for (const invoice of billing.invoices) {
    if (invoice.kind !== "deposit") continue
    const collection = billing.collections.find((c) => c.id === invoice.payment_collection_id)
    if (!collection || !isOpen(collection)) continue
    unpaidDeposits = unpaidDeposits.plus(invoice.amount)
    if (collection.amount !== invoice.amount) {
      depositResets.push({ id: collection.id, from: collection.amount, to: invoice.amount })
    }
  }
  const candidates = billing.collections.filter(
    (collection) => isOpen(collection) && !depositCollectionIds.has(collection.id)
  )
  const balanceCollection =
    candidates.find(
      (collection) =>
        collection.metadata?.portal_invoice_kind === BALANCE_COLLECTION_METADATA.portal_invoice_kind
    ) ??
    candidates[0] ??
    null
  const balance = Math.max(
    0,
    round(new BigNumber(billing.order.pending_difference).minus(unpaidDeposits))
  )
  const balanceInvoice = balanceCollection
    ? (billing.invoices.find(
        (invoice) =>
          invoice.payment_collection_id === balanceCollection.id && invoice.status !== "paid"
      ) ?? null)
    : null
  return { balance, balanceCollection, balanceInvoice, depositResets }
}
