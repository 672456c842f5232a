import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import BigNumber from "bignumber.js"
import { formatDate, formatMoney } from "../../../../lib/format"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { renderPurchaseOrderPdf } from "../../../../modules/procurement/pdf/render-purchase-order-pdf"
import {
  BILLABLE_PURCHASE_ORDER_STATUSES,
  formatPurchaseOrderNumber,
  SUPPLIER_ACTIONABLE_PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
} from "../../../../modules/procurement/status"
import {
  lineRemainder,
  SUPPLIER_VISIBLE_PURCHASE_ORDER_STATUSES,
} from "../../../../shared/procurement"
import { formatPostalAddress } from "../../../../shared/postal-address"
import { sendPdf } from "../../../utils/send-pdf"
import { merchantDisplayName } from "../../../../shared/portal-settings"
import { type PdfKey, translator } from "../../../../lib/i18n"
import {
  contactLanguage,
  localeFor,
  storeLanguage,
} from "../../../../workflows/shared/utils/contact-language"
import type {
  AdminPortalProcurementEvent,
  AdminPortalPurchaseOrder,
  AdminPortalPurchaseOrderLine,
  AdminPortalPurchaseOrderListResponse,
  AdminPortalPurchaseOrderSummary,
  PortalPurchaseOrderBill,
  StorePortalPurchaseOrder,
  StorePortalPurchaseOrderLine,
  StorePortalPurchaseOrderListResponse,
  StorePortalPurchaseOrderSummary,
} from "../../../../shared/http"

/**
 * Purchase orders for staff and for a supplier's contacts: one reader, two audiences, and a
 * supplier never sees a draft, the timeline or internal ids (docs/ARCHITECTURE.md,
 * "Procurement").
 */

export type PurchaseOrderAudience = "staff" | "supplier"

/** Which POs a read may reach: the caller's own filters (a member route adds its company). */
export type PurchaseOrderFilters = {
  id?: string | string[]
  supplier_company_id?: string | string[]
  status?: PurchaseOrderStatus | PurchaseOrderStatus[]
  /** "PO-1001", "1001" or part of the supplier's name (staff lists). */
  q?: string
}

export type PurchaseOrderPage = { limit: number; offset: number }

const PO_COLUMNS = [
  "id",
  "display_number",
  "status",
  "supplier_company_id",
  "stock_location_id",
  "currency_code",
  "notes",
  "change_request",
  "sent_at",
  "acknowledged_at",
  "received_at",
  "cancelled_at",
  "created_by",
  "created_at",
  "updated_at",
]

const LINE_FIELDS = [
  "lines.id",
  "lines.variant_id",
  "lines.inventory_item_id",
  "lines.product_title",
  "lines.variant_title",
  "lines.sku",
  "lines.quantity",
  "lines.received_quantity",
  "lines.unit_cost",
  "lines.promised_at",
  "lines.rank",
]

const BILL_FIELDS = [
  "bills.id",
  "bills.bill_number",
  "bills.status",
  "bills.amount",
  "bills.due_at",
  "bills.rejection_reason",
  "bills.created_at",
]

const EVENT_FIELDS = [
  "events.id",
  "events.type",
  "events.actor_type",
  "events.actor_id",
  "events.supplier_bill_id",
  "events.data",
  "events.created_at",
]

/** What a supplier's view derives from the log (declinedChange), never shown as it is. */
const SUPPLIER_EVENT_FIELDS = ["events.id", "events.type", "events.data", "events.created_at"]

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value]

const iso = (value: unknown): string | null =>
  value ? new Date(value as string | Date).toISOString() : null

const amount = (value: unknown): number => Number(new BigNumber(String(value ?? 0)).toFixed())

function sortedLines(po: Row): Row[] {
  return ((po.lines ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => Number(a.rank) - Number(b.rank) || String(a.id).localeCompare(String(b.id)))
}

/** The PO's value: quantity × unit cost over its lines, in the major unit. */
function purchaseOrderTotal(po: Row): number {
  return amount(
    sortedLines(po).reduce(
      (sum, line) => sum.plus(new BigNumber(String(line.unit_cost ?? 0)).times(line.quantity)),
      new BigNumber(0)
    )
  )
}

/** The earliest promised date of the lines still to come, or null. */
function expectedAt(po: Row): string | null {
  const dates = sortedLines(po)
    .filter((line) => line.promised_at && lineRemainder(line as never) > 0)
    .map((line) => new Date(line.promised_at).getTime())
  return dates.length ? new Date(Math.min(...dates)).toISOString() : null
}

/** The statuses a reader may see, narrowed by the requested ones. */
function visibleStatuses(
  filters: PurchaseOrderFilters,
  audience: PurchaseOrderAudience
): PurchaseOrderStatus[] | undefined {
  const requested = asList(filters.status)
  if (audience === "staff") return requested
  const visible = SUPPLIER_VISIBLE_PURCHASE_ORDER_STATUSES
  return requested ? requested.filter((status) => visible.includes(status)) : [...visible]
}

async function queryFilters(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters,
  audience: PurchaseOrderAudience
): Promise<Record<string, unknown> | null> {
  const where: Record<string, unknown> = {}
  const ids = asList(filters.id)
  if (ids) where.id = ids
  const companies = asList(filters.supplier_company_id)
  if (companies) where.supplier_company_id = companies
  const statuses = visibleStatuses(filters, audience)
  if (statuses) {
    if (!statuses.length) return null
    where.status = statuses
  }
  const q = filters.q?.trim()
  if (q) {
    const number = /^(?:po-?)?(\d{1,9})$/i.exec(q)
    if (number) {
      where.display_number = Number(number[1])
    } else {
      const query = scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "portal_company",
        fields: ["id"],
        filters: { name: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } },
      })
      const named = data.map((company) => company.id)
      const within = companies ? named.filter((id) => companies.includes(id)) : named
      if (!within.length) return null
      where.supplier_company_id = within
    }
  }
  return where
}

/** The supplier companies' and stock locations' names (and the locations' addresses). */
async function partiesOf(scope: MedusaContainer, pos: Row[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const companyIds = [...new Set(pos.map((po) => po.supplier_company_id as string))]
  const locationIds = [...new Set(pos.map((po) => po.stock_location_id as string))]
  const [{ data: companies }, { data: locations }] = await Promise.all([
    companyIds.length
      ? query.graph({
          entity: "portal_company",
          fields: ["id", "name"],
          filters: { id: companyIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
    locationIds.length
      ? query.graph({
          entity: "stock_location",
          fields: [
            "id",
            "name",
            "address.company",
            "address.address_1",
            "address.address_2",
            "address.city",
            "address.province",
            "address.postal_code",
            "address.country_code",
            "address.phone",
          ],
          filters: { id: locationIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
  ])
  return {
    company: new Map((companies as Row[]).map((company) => [company.id, company])),
    location: new Map((locations as Row[]).map((location) => [location.id, location])),
  }
}

type Parties = Awaited<ReturnType<typeof partiesOf>>

function shipTo(location: Row | undefined) {
  const address = location?.address as Row | null | undefined
  return {
    name: (location?.name as string) ?? null,
    address: address
      ? {
          company: address.company ?? null,
          address_1: address.address_1 ?? null,
          address_2: address.address_2 ?? null,
          city: address.city ?? null,
          province: address.province ?? null,
          postal_code: address.postal_code ?? null,
          country_code: address.country_code ?? null,
          phone: address.phone ?? null,
        }
      : null,
  }
}

function summaryView(
  po: Row,
  parties: Parties,
  audience: PurchaseOrderAudience
): AdminPortalPurchaseOrderSummary | StorePortalPurchaseOrderSummary {
  const common = {
    id: po.id as string,
    number: formatPurchaseOrderNumber(po.display_number),
    status: po.status as PurchaseOrderStatus,
    currency_code: po.currency_code as string,
    total: purchaseOrderTotal(po),
    line_count: sortedLines(po).length,
    sent_at: iso(po.sent_at),
    expected_at: expectedAt(po),
  }
  if (audience === "supplier") {
    return { ...common, acknowledged_at: iso(po.acknowledged_at) }
  }
  const company = parties.company.get(po.supplier_company_id)
  const location = parties.location.get(po.stock_location_id)
  return {
    ...common,
    supplier_company: { id: po.supplier_company_id as string, name: company?.name ?? null },
    stock_location: { id: po.stock_location_id as string, name: location?.name ?? null },
    created_at: iso(po.created_at),
  }
}

function lineView(line: Row): StorePortalPurchaseOrderLine {
  return {
    id: line.id as string,
    product_title: line.product_title as string,
    variant_title: (line.variant_title as string) ?? null,
    sku: (line.sku as string) ?? null,
    quantity: Number(line.quantity),
    received_quantity: Number(line.received_quantity),
    unit_cost: amount(line.unit_cost),
    promised_at: iso(line.promised_at),
  }
}

/** Staff also see which variant and inventory item a line is. */
function staffLineView(line: Row): AdminPortalPurchaseOrderLine {
  const { id, ...rest } = lineView(line)
  return {
    id,
    variant_id: line.variant_id as string,
    inventory_item_id: line.inventory_item_id,
    ...rest,
  }
}

function commonDetail<Line>(po: Row, lines: Line[]) {
  const status = po.status as PurchaseOrderStatus
  const bills: PortalPurchaseOrderBill[] = ((po.bills ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((bill) => ({
      id: bill.id as string,
      bill_number: bill.bill_number as string,
      status: bill.status as PortalPurchaseOrderBill["status"],
      amount: amount(bill.amount),
      due_at: iso(bill.due_at),
      rejection_reason: (bill.rejection_reason as string) ?? null,
    }))
  const common = {
    id: po.id as string,
    number: formatPurchaseOrderNumber(po.display_number),
    status,
    currency_code: po.currency_code as string,
    notes: (po.notes as string) ?? null,
    change_request: (po.change_request as string) ?? null,
    total: purchaseOrderTotal(po),
    sent_at: iso(po.sent_at),
    acknowledged_at: iso(po.acknowledged_at),
    received_at: iso(po.received_at),
    cancelled_at: iso(po.cancelled_at),
    lines,
    bills,
  }
  return common
}

/**
 * Staff's answer to the supplier's last change request, while the PO waits on
 * the supplier again (sent) and no newer request followed: what was asked,
 * staff's message, when. The supplier sees this, not the staff event log.
 */
function declinedChange(po: Row) {
  if (po.status !== "sent") return null
  const last = ((po.events ?? []) as Row[])
    .filter((event) => event && ["change_requested", "change_declined"].includes(event.type))
    .sort(
      (a, b) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
        String(a.id).localeCompare(String(b.id))
    )
    .at(-1)
  if (last?.type !== "change_declined") return null
  const data = (last.data ?? {}) as { change_request?: string | null; message?: string | null }
  return {
    change_request: data.change_request ?? null,
    message: data.message ?? null,
    declined_at: iso(last.created_at) as string,
  }
}

function supplierDetail(po: Row, parties: Parties): StorePortalPurchaseOrder {
  const common = commonDetail(po, sortedLines(po).map(lineView))
  return {
    ...common,
    declined_change: declinedChange(po),
    ship_to: shipTo(parties.location.get(po.stock_location_id)),
    can_acknowledge: SUPPLIER_ACTIONABLE_PURCHASE_ORDER_STATUSES.includes(common.status),
    can_bill: BILLABLE_PURCHASE_ORDER_STATUSES.includes(common.status),
  }
}

function staffDetail(po: Row, parties: Parties): AdminPortalPurchaseOrder {
  const location = parties.location.get(po.stock_location_id)
  const company = parties.company.get(po.supplier_company_id)
  return {
    ...commonDetail(po, sortedLines(po).map(staffLineView)),
    supplier_company: { id: po.supplier_company_id as string, name: company?.name ?? null },
    stock_location: { id: po.stock_location_id as string, name: location?.name ?? null },
    ship_to: shipTo(location),
    created_by: (po.created_by as string) ?? null,
    created_at: iso(po.created_at),
    events: ((po.events ?? []) as Row[])
      .filter(Boolean)
      .sort(
        (a, b) =>
          new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
          String(a.id).localeCompare(String(b.id))
      )
      .map((event) => ({
        id: event.id as string,
        type: event.type as string,
        actor_type: event.actor_type as AdminPortalProcurementEvent["actor_type"],
        actor_id: (event.actor_id as string) ?? null,
        supplier_bill_id: (event.supplier_bill_id as string) ?? null,
        data: (event.data as Record<string, unknown> | null) ?? null,
        created_at: new Date(event.created_at).toISOString(),
      })),
  }
}

function detailView(po: Row, parties: Parties, audience: PurchaseOrderAudience) {
  return audience === "supplier" ? supplierDetail(po, parties) : staffDetail(po, parties)
}

/** The one PO within `filters` that `audience` may see, with its parties, or 404. */
async function readPurchaseOrder(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  audience: PurchaseOrderAudience
) {
  const where = await queryFilters(scope, filters, audience)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = where
    ? await query.graph({
        entity: "portal_purchase_order",
        fields: [
          ...PO_COLUMNS,
          ...LINE_FIELDS,
          ...BILL_FIELDS,
          ...(audience === "staff" ? EVENT_FIELDS : SUPPLIER_EVENT_FIELDS),
        ],
        filters: where,
      })
    : { data: [] }
  const po = data[0] as Row | undefined
  if (!po) {
    throw refusal(MedusaError.Types.NOT_FOUND, "procurement.purchase_order.not_found", {
      id: String(filters.id),
    })
  }
  return { po, parties: await partiesOf(scope, [po]) }
}

/**
 * One purchase order within `filters` (e.g. `{ id, supplier_company_id }` for a
 * supplier's contact), as `audience` sees it; anything else is the same 404.
 */
export async function purchaseOrderView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  options: { audience: "staff" }
): Promise<AdminPortalPurchaseOrder>
export async function purchaseOrderView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  options: { audience: "supplier" }
): Promise<StorePortalPurchaseOrder>
export async function purchaseOrderView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  options: { audience: PurchaseOrderAudience }
): Promise<AdminPortalPurchaseOrder | StorePortalPurchaseOrder>
export async function purchaseOrderView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  options: { audience: PurchaseOrderAudience }
) {
  const { po, parties } = await readPurchaseOrder(scope, filters, options.audience)
  return detailView(po, parties, options.audience)
}

/** A page of purchase orders within `filters`, newest first, as `audience` sees them. */
export async function purchaseOrderListView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters,
  page: PurchaseOrderPage,
  options: { audience: "staff" }
): Promise<AdminPortalPurchaseOrderListResponse>
export async function purchaseOrderListView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters,
  page: PurchaseOrderPage,
  options: { audience: "supplier" }
): Promise<StorePortalPurchaseOrderListResponse>
export async function purchaseOrderListView(
  scope: MedusaContainer,
  filters: PurchaseOrderFilters,
  page: PurchaseOrderPage,
  options: { audience: PurchaseOrderAudience }
) {
  const where = await queryFilters(scope, filters, options.audience)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = where
    ? await query.graph({
        entity: "portal_purchase_order",
        fields: [
          ...PO_COLUMNS,
          "lines.id",
          "lines.quantity",
          "lines.received_quantity",
          "lines.unit_cost",
          "lines.promised_at",
          "lines.rank",
        ],
        filters: where,
        pagination: {
          skip: page.offset,
          take: page.limit,
          order: { created_at: "DESC", id: "DESC" },
        },
      })
    : { data: [], metadata: { count: 0, skip: page.offset, take: page.limit } }
  const parties = await partiesOf(scope, data as Row[])
  return {
    purchase_orders: (data as Row[]).map((po) => summaryView(po, parties, options.audience)),
    count: metadata?.count ?? data.length,
    limit: page.limit,
    offset: page.offset,
  }
}

/**
 * Answers a purchase order as a PDF (staff: any PO; a supplier: within their
 * filters, never a draft), rendered on request so it shows the current lines,
 * receipts and promised dates.
 */
export async function sendPurchaseOrderPdf(
  res: MedusaResponse,
  scope: MedusaContainer,
  filters: PurchaseOrderFilters & { id: string },
  options: {
    audience: PurchaseOrderAudience
    /** The supplier's contact reading it: the PDF is in their language; staff: the store's. */
    reader?: { customer_id: string; company_id: string }
  }
) {
  const { po: row, parties } = await readPurchaseOrder(scope, filters, options.audience)
  const po = staffDetail(row, parties)
  const language = options.reader ? await contactLanguage(scope, options.reader) : storeLanguage()
  const locale = localeFor(language)
  const t = translator(language, "pdf")
  const money = (value: number) => formatMoney(value, po.currency_code, locale)
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  const settings = await scope.resolve<PortalModuleService>(PORTAL_MODULE).getSettings()
  const address = po.ship_to.address
  const pdf = await renderPurchaseOrderPdf(
    {
      number: po.number,
      status_label: t(`purchase_order.status_${po.status}` as PdfKey),
      supplier_name: po.supplier_company.name ?? "",
      ship_to: {
        name: po.ship_to.name ?? "",
        lines: formatPostalAddress(address, { name: false }),
      },
      currency_code: po.currency_code,
      sent_on: po.sent_at ? formatDate(po.sent_at, locale) : null,
      notes: po.notes,
      lines: po.lines.map((line) => ({
        title: line.product_title,
        description:
          [line.variant_title, line.sku ? t("purchase_order.sku", { sku: line.sku }) : null]
            .filter(Boolean)
            .join(" · ") || null,
        quantity: line.quantity,
        received_quantity: line.received_quantity,
        unit_cost: money(line.unit_cost),
        total: money(amount(new BigNumber(line.unit_cost).times(line.quantity))),
        promised_on: line.promised_at ? formatDate(line.promised_at, locale) : null,
      })),
      total: money(po.total),
      generated_at: new Date(),
    },
    {
      name: merchantDisplayName(settings.display_name, store?.name),
      primary_color: settings.primary_color,
    },
    locale
  )
  sendPdf(res, pdf, `${po.number}.pdf`)
}
