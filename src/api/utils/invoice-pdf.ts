import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { formatDate, formatMoney } from "../../modules/agreement/template"
import { portalLocale } from "../../modules/agreement/build-document"
import {
  renderInvoicePdf,
  type InvoicePdfInput,
} from "../../modules/billing/pdf/render-invoice-pdf"
import { formatInvoiceNumber, LIVE_INVOICE_STATUSES } from "../../modules/billing/status"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { formatQuoteNumber } from "../../modules/quote/status"
import type { Access } from "../../shared/permissions"
import { invoiceFiltersFor } from "../../workflows/billing/invoice-access"
import { INVOICE_COLUMNS } from "../admin/portal/invoices/query-config"

const INVOICE_PDF_FIELDS = [
  ...INVOICE_COLUMNS,
  "payment_collection.payments.id",
  "payment_collection.payments.provider_id",
  "payment_collection.payments.captured_at",
  "payment_collection.payments.data",
  "order.id",
  "order.display_id",
  "order.email",
  "order.currency_code",
  "order.items.title",
  "order.items.quantity",
  "order.items.unit_price",
  "order.items.subtotal",
  "order.subtotal",
  "order.discount_total",
  "order.shipping_total",
  "order.tax_total",
  "order.total",
  "order.summary.*",
  "order.customer.first_name",
  "order.customer.last_name",
  "order.customer.email",
  "order.customer.company_name",
]

const KIND_TITLE: Record<string, string> = {
  deposit: "Deposit invoice",
  balance: "Balance invoice",
  final: "Invoice",
}

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * An invoice as a PDF, for staff (any invoice, no `access`), a link holder or
 * a member (only the live invoices their access reaches: any other is a 404,
 * like every buyer route). Rendered on request, so the paid/unpaid mark and
 * the amounts are always current.
 */
export async function invoicePdf(
  scope: MedusaContainer,
  id: string,
  access?: Access
): Promise<{ pdf: Buffer; filename: string }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const reach = access ? await invoiceFiltersFor(scope, access) : {}
  const { data } = reach
    ? await query.graph({
        entity: "portal_invoice",
        fields: INVOICE_PDF_FIELDS,
        filters: access ? { ...reach, id, status: [...LIVE_INVOICE_STATUSES] } : { id },
      })
    : { data: [] }
  const invoice = data[0] as Row | undefined
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)

  const locale = portalLocale()
  const currency = String(invoice.currency_code)
  const money = (value: unknown) => formatMoney(Number(value ?? 0), currency, locale)
  const order: Row = invoice.order ?? {}
  const customer: Row = order.customer ?? {}
  const number = formatInvoiceNumber(invoice.display_number)
  const paid = invoice.status === "paid"
  const captured = ((invoice.payment_collection?.payments ?? []) as Row[]).find(
    (payment) => payment?.captured_at
  )
  const providerReference = captured?.data?.id ? String(captured.data.id) : null

  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  const settings = await scope.resolve<PortalModuleService>(PORTAL_MODULE).getSettings()
  let quoteNumber: string | null = null
  if (invoice.quote_id) {
    const { data: quotes } = await query.graph({
      entity: "portal_quote",
      fields: ["display_number"],
      filters: { id: invoice.quote_id },
    })
    if (quotes[0]) quoteNumber = formatQuoteNumber(quotes[0].display_number)
  }

  const summary: Row = order.summary ?? {}
  const input: InvoicePdfInput = {
    number,
    title: KIND_TITLE[invoice.kind] ?? "Invoice",
    status_label: paid ? "Paid" : invoice.status === "overdue" ? "Unpaid (overdue)" : "Unpaid",
    paid,
    issued_on: formatDate(invoice.created_at, locale),
    due_on: formatDate(invoice.due_at, locale),
    paid_on: invoice.paid_at ? formatDate(invoice.paid_at, locale) : null,
    payment_reference: captured
      ? [providerReference, `${captured.id} via ${captured.provider_id}`].filter(Boolean).join(", ")
      : null,
    order_label: `Order #${order.display_id ?? ""}`,
    quote_number: quoteNumber,
    bill_to: {
      name:
        [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
        String(customer.email ?? order.email ?? ""),
      company: customer.company_name ?? null,
      email: String(customer.email ?? order.email ?? ""),
    },
    lines: ((order.items ?? []) as Row[]).filter(Boolean).map((item) => ({
      title: String(item.title),
      description: null,
      quantity: Number(item.quantity),
      unit_price: money(item.unit_price),
      total: money(item.subtotal),
    })),
    order_totals: [
      { label: "Subtotal", value: money(order.subtotal) },
      ...(Number(order.discount_total)
        ? [{ label: "Discount", value: money(-order.discount_total) }]
        : []),
      ...(Number(order.shipping_total)
        ? [{ label: "Shipping", value: money(order.shipping_total) }]
        : []),
      { label: "Tax", value: money(order.tax_total) },
      { label: "Order total", value: money(order.total) },
    ],
    amounts: [
      {
        label: `${KIND_TITLE[invoice.kind] ?? "Invoice"} amount`,
        value: money(invoice.amount),
        strong: true,
      },
      { label: "Paid on the order", value: money(summary.paid_total ?? 0) },
      { label: "Outstanding on the order", value: money(summary.pending_difference ?? 0) },
    ],
    generated_at: new Date(),
  }
  const pdf = await renderInvoicePdf(input, {
    name: settings.display_name || store?.name || "Our store",
    primary_color: settings.primary_color,
  })
  return { pdf, filename: `${number}.pdf` }
}
