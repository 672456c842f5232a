import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { formatDate, formatMoney } from "../../lib/format"
import { refusal } from "../../lib/refusal"
import type { InvoiceBillTo } from "../../modules/billing/bill-to"
import { type PdfKey, translator } from "../../lib/i18n"
import {
  contactLanguage,
  quoteLanguage,
  localeFor,
  storeLanguage,
} from "../../workflows/shared/utils/contact-language"
import {
  renderInvoicePdf,
  type InvoicePdfInput,
} from "../../modules/billing/pdf/render-invoice-pdf"
import { formatInvoiceNumber, LIVE_INVOICE_STATUSES } from "../../modules/billing/status"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { formatQuoteNumber } from "../../modules/quote/status"
import { paymentProviderName } from "../../shared/payment-providers"
import type { Access } from "../../shared/permissions"
import { formatQuoteAddress } from "../../shared/quote-address"
import {
  formatTotalsAmount,
  localizedRowLabel,
  presentOrderTotals,
} from "../../shared/totals-presentation"
import { invoiceFiltersFor } from "../../workflows/billing/utils/invoice-access"
import { INVOICE_COLUMNS } from "../admin/portal/invoices/query-config"
import { merchantDisplayName } from "../../shared/portal-settings"

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
  "bill_to",
  "order.items.title",
  "order.items.quantity",
  "order.items.unit_price",
  "order.items.subtotal",
  "order.item_subtotal",
  "order.discount_subtotal",
  "order.shipping_subtotal",
  "order.credit_line_total",
  "order.tax_total",
  "order.total",
  "order.shipping_methods.name",
  "order.summary.*",
  "order.customer.first_name",
  "order.customer.last_name",
  "order.customer.email",
  "order.customer.company_name",
]

const KIND_TITLE = {
  deposit: "invoice.deposit",
  balance: "invoice.balance",
  final: "invoice.final",
}

type InvoiceQuote = {
  display_number: number | string
  language?: string | null
  company_id?: string | null
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
  if (!invoice) throw refusal(MedusaError.Types.NOT_FOUND, "billing.not_found", { id })

  let quote: InvoiceQuote | null = null
  if (invoice.quote_id) {
    const { data: quotes } = await query.graph({
      entity: "portal_quote",
      fields: ["display_number", "language", "company_id"],
      filters: { id: invoice.quote_id },
    })
    quote = (quotes[0] as unknown as InvoiceQuote | undefined) ?? null
  }
  // The reader's language: a contact's own, a link holder's quote's, else the store's.
  const language =
    access?.kind === "member"
      ? await contactLanguage(scope, access)
      : access?.kind === "link" && quote
        ? await quoteLanguage(scope, quote)
        : storeLanguage()
  const locale = localeFor(language)
  const t = translator(language, "pdf")
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
  const quoteNumber = quote ? formatQuoteNumber(quote.display_number) : null

  // The one presentation of totals (docs/ARCHITECTURE.md, "Money"): shipping pre-tax on its own row.
  const presented = presentOrderTotals({
    ...order,
    currency_code: currency,
    summary: order.summary ?? {},
  } as never)
  const orderRows = presented.rows.filter((row) => row.key !== "paid" && row.key !== "outstanding")
  // The rows' words from the catalog; a shipping method's own name stays as it is.
  const rowLabel = (row: (typeof presented.rows)[number]) =>
    localizedRowLabel(row, (key) => t(`totals.${key}`))
  const title = t(
    (KIND_TITLE[invoice.kind as keyof typeof KIND_TITLE] ?? "invoice.final") as PdfKey
  )
  const input: InvoicePdfInput = {
    number,
    title,
    status_label: t(
      paid
        ? "invoice.status_paid"
        : invoice.status === "overdue"
          ? "invoice.status_overdue"
          : "invoice.status_unpaid"
    ),
    paid,
    issued_on: formatDate(invoice.created_at, locale),
    due_on: formatDate(invoice.due_at, locale),
    paid_on: invoice.paid_at ? formatDate(invoice.paid_at, locale) : null,
    payment_reference: captured
      ? [`${paymentProviderName(String(captured.provider_id))} (${captured.id})`, providerReference]
          .filter(Boolean)
          .join(", ")
      : null,
    order_label: t("invoice.order", { number: order.display_id ?? "" }),
    quote_number: quoteNumber,
    bill_to: billTo(invoice.bill_to as InvoiceBillTo | null, order, customer),
    lines: presented.lines.map((line) => ({
      title: line.title,
      description: null,
      quantity: line.quantity,
      unit_price: money(line.unit_price),
      total: money(line.total),
    })),
    order_totals: orderRows.map((row) => ({
      label: rowLabel(row),
      value: formatTotalsAmount(row, money),
      strong: row.strong,
    })),
    amounts: [
      {
        label: t("invoice.amount", { kind: title }),
        value: money(invoice.amount),
        strong: true,
      },
      ...presented.rows
        .filter((row) => row.key === "paid" || row.key === "outstanding")
        .map((row) => ({
          label: t("invoice.on_the_order", { row: rowLabel(row) }),
          value: money(row.amount),
        })),
    ],
    generated_at: new Date(),
  }
  const pdf = await renderInvoicePdf(
    input,
    {
      name: merchantDisplayName(settings.display_name, store?.name),
      primary_color: settings.primary_color,
    },
    locale
  )
  return { pdf, filename: `${number}.pdf` }
}

/**
 * The bill-to fixed on the invoice when it was issued; an invoice issued before
 * the copy existed prints the order's customer as it is now.
 */
function billTo(snapshot: InvoiceBillTo | null, order: Row, customer: Row) {
  if (snapshot) {
    return {
      name: snapshot.name,
      company: snapshot.company,
      email: snapshot.email,
      // The name and company are printed above; the address adds the rest.
      address: formatQuoteAddress(snapshot.address).filter(
        (line) => line !== snapshot.name && line !== snapshot.company
      ),
    }
  }
  const email = String(customer.email ?? order.email ?? "")
  return {
    name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || email,
    company: customer.company_name ?? null,
    email,
    address: [],
  }
}
