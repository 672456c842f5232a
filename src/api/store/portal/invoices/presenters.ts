import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { type InvoiceStatus, LIVE_INVOICE_STATUSES } from "../../../../modules/billing/status"
import type { MemberAccess } from "../../../../shared/permissions"
import { invoiceFiltersFor } from "../../../../workflows/billing"
import type {
  StorePortalInvoice,
  StorePortalInvoiceListResponse,
  StorePortalQuoteInvoice,
} from "../../../../shared/http"
import { presentBuyerInvoices } from "../quote-links/[token]/invoices/presenters"
import { quoteRefs } from "../quote-refs"
import { MEMBER_INVOICE_FIELDS } from "./query-config"

// What a signed-in contact's invoice routes answer (src/shared/http/invoices.ts).

type MemberInvoiceRow = {
  status: string
  quote_id?: string | null
  order?: { id?: string; display_id?: number | null; region_id?: string | null } | null
}

/**
 * What a member sees of invoices: as on the quote page (amount, due date,
 * whether and how it can be paid), with the order and quote they belong to.
 */
async function presentMemberInvoices<T extends MemberInvoiceRow>(
  scope: MedusaContainer,
  rows: T[]
): Promise<StorePortalInvoice[]> {
  const quoteIds = [...new Set(rows.flatMap((row) => (row.quote_id ? [row.quote_id] : [])))]
  const [invoices, quotes] = await Promise.all([
    presentBuyerInvoices(scope, rows),
    quoteRefs(scope, { id: quoteIds }),
  ])
  // The member's fields carry the quote's id, read to name the quote and left out.
  const withQuoteIds = invoices as Array<StorePortalQuoteInvoice & { quote_id?: string | null }>
  return withQuoteIds.map(({ quote_id, ...invoice }, index) => {
    const quote = quotes.find((candidate) => candidate.id === quote_id)
    const order = rows[index].order
    return {
      ...invoice,
      order: order ? { id: order.id as string, display_id: order.display_id as number } : null,
      quote: quote ? { id: quote.id, number: quote.number } : null,
    }
  })
}

/**
 * The statuses a member may see: as on the link's quote page, a void invoice
 * is withdrawn and shown to no buyer, listed or by id (docs/ARCHITECTURE.md,
 * "Member API: orders and invoices").
 */
const visible = (wanted?: InvoiceStatus[]) =>
  LIVE_INVOICE_STATUSES.filter((status) => !wanted || wanted.includes(status))

/** The active company's live invoices (every status, or some; all, or one quote's), newest first. */
export async function listMemberInvoices(
  scope: MedusaContainer,
  access: MemberAccess,
  page: { limit: number; offset: number; status?: InvoiceStatus[]; quote_id?: string }
): Promise<StorePortalInvoiceListResponse> {
  const reach = await invoiceFiltersFor(scope, access)
  if (!reach) return { invoices: [], count: 0, offset: page.offset, limit: page.limit }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_invoice",
    fields: MEMBER_INVOICE_FIELDS,
    filters: {
      ...reach,
      status: visible(page.status),
      ...(page.quote_id ? { quote_id: page.quote_id } : {}),
    },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  return {
    invoices: await presentMemberInvoices(scope, data as unknown as MemberInvoiceRow[]),
    count: metadata?.count ?? data.length,
    offset: page.offset,
    limit: page.limit,
  }
}

/** One live invoice of the active company's orders; any other is as unknown as one that never existed. */
export async function fetchMemberInvoice(
  scope: MedusaContainer,
  access: MemberAccess,
  id: string
): Promise<StorePortalInvoice> {
  const reach = await invoiceFiltersFor(scope, access)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = reach
    ? await query.graph({
        entity: "portal_invoice",
        fields: MEMBER_INVOICE_FIELDS,
        filters: { ...reach, id, status: visible() },
      })
    : { data: [] }
  if (!data.length) {
    throw refusal(MedusaError.Types.NOT_FOUND, "billing.not_found", { id })
  }
  const [invoice] = await presentMemberInvoices(scope, data as unknown as MemberInvoiceRow[])
  return invoice
}
