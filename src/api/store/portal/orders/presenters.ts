import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { withInvoiceNumber } from "../../../../modules/billing/status"
import {
  type ClientOrderStatus,
  orderProgress,
  type OrderProgressInput,
} from "../../../../shared/order-status"
import type { MemberAccess } from "../../../../shared/permissions"
import { type OrderTotalsSource, presentOrderTotals } from "../../../../shared/totals-presentation"
import { companyOrderIds } from "../../../../workflows/portal/utils/company-orders"
import type {
  StorePortalOrder,
  StorePortalOrderDetail,
  StorePortalOrderListResponse,
} from "../../../../shared/http"
import { onlyFields } from "../../../utils/only-fields"
import { quoteRefs } from "../quote-refs"
import {
  MEMBER_ORDER_FIELDS,
  MEMBER_ORDER_INVOICE_FIELDS,
  MEMBER_ORDER_LIST_FIELDS,
  ORDER_TOTALS_FIELDS,
  PROGRESS_FIELDS,
} from "./query-config"

// What a signed-in contact's order routes answer (src/shared/http/orders.ts).

type Row = Record<string, unknown>

const notFound = (id: string) =>
  refusal(MedusaError.Types.NOT_FOUND, "cart.order_not_found", { id })

async function readOrders(scope: MedusaContainer, ids: string[], fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...new Set([...fields, ...PROGRESS_FIELDS])],
    filters: { id: ids },
    pagination: { order: { created_at: "DESC" } },
  })
  return data as unknown as Row[]
}

/** An order as its company's members see it: the listed fields, the client status, the quote. */
function presentOrder(
  order: Row,
  fields: string[],
  quote: { id: string; number: string } | undefined
): StorePortalOrder {
  return {
    // Query's dates are strings in JSON (docs/ARCHITECTURE.md, "Routes and guards").
    ...(onlyFields(order, fields) as unknown as StorePortalOrder),
    ...orderProgress(order as OrderProgressInput),
    quote: quote ? { id: quote.id, number: quote.number } : null,
  }
}

/**
 * The active company's orders, newest first, optionally only those in some
 * client statuses. The status is derived, not stored, so it is computed for
 * every order of the company before the page is cut.
 */
export async function listMemberOrders(
  scope: MedusaContainer,
  access: MemberAccess,
  page: { limit: number; offset: number; status?: ClientOrderStatus[] }
): Promise<StorePortalOrderListResponse> {
  const ids = await companyOrderIds(scope, access.company_id)
  const all = ids.length ? await readOrders(scope, ids, ["id"]) : []
  const matching = all.filter(
    (order) =>
      !page.status || page.status.includes(orderProgress(order as OrderProgressInput).status)
  )
  const pageIds = matching
    .slice(page.offset, page.offset + page.limit)
    .map((order) => order.id as string)
  const [orders, quotes] = pageIds.length
    ? await Promise.all([
        readOrders(scope, pageIds, MEMBER_ORDER_LIST_FIELDS),
        quoteRefs(scope, { order_id: pageIds }),
      ])
    : [[], []]
  return {
    orders: orders.map((order) =>
      presentOrder(
        order,
        MEMBER_ORDER_LIST_FIELDS,
        quotes.find((quote) => quote.order_id === order.id)
      )
    ),
    count: matching.length,
    offset: page.offset,
    limit: page.limit,
  }
}

/**
 * One order of the active company, with its lines, address, shipments,
 * invoices and quote; any other order is as unknown as one that never existed.
 */
export async function fetchMemberOrder(
  scope: MedusaContainer,
  access: MemberAccess,
  id: string
): Promise<StorePortalOrderDetail> {
  if (!(await companyOrderIds(scope, access.company_id, [id])).length) throw notFound(id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[order], [quote], { data: invoices }] = await Promise.all([
    readOrders(scope, [id], [...MEMBER_ORDER_FIELDS, ...ORDER_TOTALS_FIELDS]),
    quoteRefs(scope, { order_id: [id] }),
    query.graph({
      entity: "portal_invoice",
      fields: MEMBER_ORDER_INVOICE_FIELDS,
      filters: { order_id: id },
      pagination: { order: { created_at: "ASC" } },
    }),
  ])
  if (!order) throw notFound(id)
  const agreements = quote
    ? (
        await query.graph({
          entity: "portal_signed_agreement",
          fields: ["id"],
          filters: { quote_id: quote.id },
        })
      ).data
    : []
  // Lines pre-tax and the rows (subtotal, discounts, shipping, tax, total, paid,
  // outstanding) on one basis, adding up (docs/ARCHITECTURE.md, "Money").
  const { lines, rows } = presentOrderTotals(order as unknown as OrderTotalsSource)
  const presented = presentOrder(order, MEMBER_ORDER_FIELDS, quote) as StorePortalOrderDetail
  return {
    ...presented,
    items: presented.items.map((item, index) => ({
      ...item,
      unit_price: lines[index].unit_price,
      total: lines[index].total,
    })),
    totals: rows,
    invoices: invoices.map(withInvoiceNumber) as unknown as StorePortalOrderDetail["invoices"],
    has_signed_agreement: agreements.length > 0,
  }
}
