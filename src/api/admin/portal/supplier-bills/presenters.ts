import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import {
  formatPurchaseOrderNumber,
  type SupplierBillStatus,
} from "../../../../modules/procurement/status"
import type {
  AdminPortalSupplierBillDetail,
  AdminPortalSupplierBillListResponse,
  StorePortalSupplierBill,
  StorePortalSupplierBillDetail,
  StorePortalSupplierBillListResponse,
} from "../../../../shared/http"

/**
 * Supplier bills as the member and admin routes show them (docs/ARCHITECTURE.md,
 * "Procurement"): the same fields for both, the supplier's company name for
 * staff only, and the PDF served from the private file under a human name.
 */

export type SupplierBillFilters = {
  id?: string
  supplier_company_id?: string
  purchase_order_id?: string
  status?: SupplierBillStatus[]
}

const FIELDS = [
  "id",
  "bill_number",
  "status",
  "amount",
  "currency_code",
  "due_at",
  "created_at",
  "rejection_reason",
  "supplier_company_id",
  "file_size",
  "approved_at",
  "paid_at",
  "rejected_at",
  "purchase_order.id",
  "purchase_order.display_number",
]

type BillRow = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number | string
  currency_code: string
  due_at: Date | string
  created_at: Date | string
  rejection_reason: string | null
  supplier_company_id: string
  file_size: number
  approved_at: Date | string | null
  paid_at: Date | string | null
  rejected_at: Date | string | null
  purchase_order: { id: string; display_number: number | string } | null
}

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null

const present = (bill: BillRow): StorePortalSupplierBill => ({
  id: bill.id,
  bill_number: bill.bill_number,
  status: bill.status,
  amount: Number(bill.amount),
  currency_code: bill.currency_code,
  due_at: iso(bill.due_at),
  created_at: iso(bill.created_at),
  rejection_reason: bill.rejection_reason ?? null,
  purchase_order: bill.purchase_order
    ? {
        id: bill.purchase_order.id,
        number: formatPurchaseOrderNumber(bill.purchase_order.display_number),
      }
    : null,
})

const presentDetail = (bill: BillRow): StorePortalSupplierBillDetail => ({
  ...present(bill),
  file_size: Number(bill.file_size),
  approved_at: iso(bill.approved_at),
  paid_at: iso(bill.paid_at),
  rejected_at: iso(bill.rejected_at),
})

async function companyNames(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_company",
    fields: ["id", "name"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(data.map((company) => [company.id as string, company.name as string]))
}

const withCompany = (names: Map<string, string>, bill: BillRow) => ({
  supplier_company: {
    id: bill.supplier_company_id,
    name: names.get(bill.supplier_company_id) ?? null,
  },
})

const notFound = (id: string) =>
  refusal(MedusaError.Types.NOT_FOUND, "procurement.bill.not_found", { id })

async function readBills(
  scope: MedusaContainer,
  filters: SupplierBillFilters,
  page?: { limit: number; offset: number }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_supplier_bill",
    fields: FIELDS,
    filters,
    ...(page
      ? { pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } } }
      : {}),
  })
  return { rows: data as unknown as BillRow[], count: metadata?.count ?? data.length }
}

/** A page of bills, newest first; `audience: "staff"` adds the supplier company. */
export async function listSupplierBills(
  scope: MedusaContainer,
  filters: SupplierBillFilters,
  page: { limit: number; offset: number },
  audience: "staff"
): Promise<AdminPortalSupplierBillListResponse>
export async function listSupplierBills(
  scope: MedusaContainer,
  filters: SupplierBillFilters,
  page: { limit: number; offset: number },
  audience: "supplier"
): Promise<StorePortalSupplierBillListResponse>
export async function listSupplierBills(
  scope: MedusaContainer,
  filters: SupplierBillFilters,
  page: { limit: number; offset: number },
  audience: "staff" | "supplier"
) {
  const { rows, count } = await readBills(scope, filters, page)
  const names =
    audience === "staff"
      ? await companyNames(
          scope,
          rows.map((bill) => bill.supplier_company_id)
        )
      : null
  return {
    supplier_bills: rows.map((bill) => ({
      ...present(bill),
      ...(names ? withCompany(names, bill) : {}),
    })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** One bill within `filters` (a supplier's: their company's); any other is a 404. */
export async function fetchSupplierBill(
  scope: MedusaContainer,
  filters: SupplierBillFilters & { id: string },
  audience: "staff"
): Promise<AdminPortalSupplierBillDetail>
export async function fetchSupplierBill(
  scope: MedusaContainer,
  filters: SupplierBillFilters & { id: string },
  audience: "supplier"
): Promise<StorePortalSupplierBillDetail>
export async function fetchSupplierBill(
  scope: MedusaContainer,
  filters: SupplierBillFilters & { id: string },
  audience: "staff" | "supplier"
) {
  const { rows } = await readBills(scope, filters)
  const bill = rows[0]
  if (!bill) throw notFound(filters.id)
  const names = audience === "staff" ? await companyNames(scope, [bill.supplier_company_id]) : null
  return { ...presentDetail(bill), ...(names ? withCompany(names, bill) : {}) }
}

/** A name a browser saves the file under: `PO-1001-bill-INV-77.pdf`, only safe characters. */
export function supplierBillFilename(poNumber: string | null, billNumber: string) {
  const safe = `${poNumber ? `${poNumber}-` : ""}bill-${billNumber}`
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 120)
  return `${safe || "bill"}.pdf`
}

/** The bill's uploaded PDF, read from the private file, with its human name. */
export async function supplierBillPdf(
  scope: MedusaContainer,
  filters: SupplierBillFilters & { id: string }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_supplier_bill",
    fields: ["id", "bill_number", "file_id", "purchase_order.display_number"],
    filters,
  })
  const bill = data[0] as unknown as
    | {
        bill_number: string
        file_id: string
        purchase_order?: { display_number: number | string } | null
      }
    | undefined
  if (!bill) throw notFound(filters.id)
  const pdf = await scope.resolve(Modules.FILE).getAsBuffer(bill.file_id)
  const number = bill.purchase_order
    ? formatPurchaseOrderNumber(bill.purchase_order.display_number)
    : null
  return { pdf, filename: supplierBillFilename(number, bill.bill_number) }
}
