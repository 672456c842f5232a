import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../../../../lib/refusal"
import {
  InvoiceStatus,
  isPayable,
  LIVE_INVOICE_STATUSES,
  withInvoiceNumber,
} from "../../../../../../modules/billing/status"
import type {
  StorePortalPaymentSession,
  StorePortalQuoteInvoice,
} from "../../../../../../shared/http"
import { listEnabledPaymentProviders } from "../../../../../../workflows/billing"
import { BUYER_INVOICE_FIELDS } from "./query-config"

// What a link holder's invoice routes answer (src/shared/http/invoices.ts).

type BuyerInvoiceRow = {
  status: string
  display_number?: number | string | null
  payment_collection?: { payment_sessions?: unknown[] | null } | null
  order?: { region_id?: string | null } | null
  order_id?: string
  payment_collection_id?: string
}

/**
 * Adds what the buyer's Pay button needs: whether the invoice can be paid, its
 * payment sessions, and the providers it may be paid with (looked up once per
 * region). The order itself stays out of the buyer's view.
 */
export async function presentBuyerInvoices<T extends BuyerInvoiceRow>(
  scope: MedusaContainer,
  invoices: T[]
): Promise<StorePortalQuoteInvoice[]> {
  const regionIds = [...new Set(invoices.map((invoice) => invoice.order?.region_id ?? null))]
  const providers = new Map(
    await Promise.all(
      regionIds.map(
        async (regionId) => [regionId, await listEnabledPaymentProviders(scope, regionId)] as const
      )
    )
  )
  return invoices.map((invoice) => {
    // Query adds the read-only links' columns (order_id, payment_collection_id): left out too.
    const {
      payment_collection,
      order,
      order_id: _o,
      payment_collection_id: _p,
      ...rest
    } = withInvoiceNumber(invoice)
    return {
      // Query's dates are strings in JSON (docs/ARCHITECTURE.md, "Routes and guards").
      ...(rest as unknown as StorePortalQuoteInvoice),
      payable: isPayable(invoice.status as InvoiceStatus),
      payment_sessions: (payment_collection?.payment_sessions ?? []).filter(
        Boolean
      ) as StorePortalQuoteInvoice["payment_sessions"],
      payment_providers: providers.get(order?.region_id ?? null) ?? [],
    }
  })
}

/** The live invoices of the quote a link opens, oldest first. */
export async function listBuyerInvoices(scope: MedusaContainer, quoteId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_invoice",
    fields: BUYER_INVOICE_FIELDS,
    filters: { quote_id: quoteId, status: [...LIVE_INVOICE_STATUSES] },
    pagination: { order: { created_at: "ASC" } },
  })
  return presentBuyerInvoices(scope, data)
}

/** One invoice of the link's quote; any other is as unknown as one that never existed. */
export async function fetchBuyerInvoice(scope: MedusaContainer, quoteId: string, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_invoice",
    fields: BUYER_INVOICE_FIELDS,
    filters: { id, quote_id: quoteId, status: [...LIVE_INVOICE_STATUSES] },
  })
  if (!data.length) {
    throw refusal(MedusaError.Types.NOT_FOUND, "billing.not_found", { id })
  }
  const [invoice] = await presentBuyerInvoices(scope, data)
  return invoice
}

/** A payment session as the buyer's client needs it; `data` is the provider's, e.g. Stripe's client_secret. */
export function presentPaymentSession(session: {
  id: string
  provider_id: string
  status: string
  amount: unknown
  currency_code: string
  data?: unknown
}): StorePortalPaymentSession {
  const { id, provider_id, status, amount, currency_code, data } = session
  return {
    id,
    provider_id,
    status,
    amount: amount as number,
    currency_code,
    data: data as StorePortalPaymentSession["data"],
  }
}
