import type { PdfBranding } from "../../../lib/pdf/branding"
import { h } from "../../../lib/pdf/h"
import {
  amountRow,
  createPdfContext,
  header,
  itemsTable,
  pageFooter,
} from "../../../lib/pdf/layout"
import { loadReactPdf } from "../../../lib/pdf/load-react-pdf"
import type { AgreementItemRow } from "../../../shared/agreement-document"

/** Everything printed on an invoice, already formatted for the reader's locale. */
export type InvoicePdfInput = {
  /** "INV-1001" */
  number: string
  /** "Deposit invoice", "Balance invoice" */
  title: string
  status_label: string
  paid: boolean
  issued_on: string
  due_on: string
  paid_on: string | null
  /** Medusa's payment id and the provider's own reference, e.g. Stripe's PaymentIntent. */
  payment_reference: string | null
  order_label: string
  quote_number: string | null
  /** Fixed on the invoice when it was issued; `address` one line per part. */
  bill_to: { name: string; company: string | null; email: string; address: string[] }
  /** The order's lines, formatted like a quote's. */
  lines: AgreementItemRow[]
  /** The order's rows from the one presentation of totals (docs/ARCHITECTURE.md, "Money"). */
  order_totals: { label: string; value: string; strong?: boolean }[]
  /** What this invoice asks for, then what is paid and outstanding on the order. */
  amounts: { label: string; value: string; strong?: boolean }[]
  generated_at: Date
}

/**
 * An invoice as buyer and staff download it: the merchant, the order's lines
 * and tax, what this invoice asks for, and whether it is paid and how. Built
 * from the portal PDFs' shared pieces (src/lib/pdf/layout.ts).
 */
export async function renderInvoicePdf(
  input: InvoicePdfInput,
  branding: PdfBranding,
  /** The reader's locale: the words and how dates print (docs/ARCHITECTURE.md, "Languages"). */
  locale?: string
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding, locale)
  const { Document, Page, View, Text } = pdf
  const { styles, t } = ctx

  return pdf.renderToBuffer(
    h(
      Document,
      {
        title: `${input.title} ${input.number}`,
        author: branding.name,
        creator: branding.name,
        producer: branding.name,
        creationDate: input.generated_at,
        modificationDate: input.generated_at,
      },
      h(
        Page,
        { size: "A4", style: styles.page },
        header(ctx, input.title, input.number),
        h(
          View,
          { style: styles.parties },
          h(
            View,
            { style: styles.party },
            h(Text, { style: styles.label }, t("invoice.bill_to")),
            h(Text, { style: styles.strong }, input.bill_to.name),
            input.bill_to.company ? h(Text, null, input.bill_to.company) : null,
            h(Text, null, input.bill_to.email),
            ...input.bill_to.address.map((line) => h(Text, null, line))
          ),
          h(
            View,
            { style: styles.party },
            h(Text, { style: styles.label }, t("invoice.invoice")),
            h(Text, { style: styles.strong }, t("invoice.number", { number: input.number })),
            h(Text, null, t("invoice.status", { status: input.status_label })),
            h(Text, null, t("invoice.issued", { date: input.issued_on })),
            h(Text, null, t("invoice.due", { date: input.due_on })),
            input.paid_on ? h(Text, null, t("invoice.paid_on", { date: input.paid_on })) : null,
            h(Text, null, input.order_label),
            input.quote_number
              ? h(Text, null, t("invoice.quote", { number: input.quote_number }))
              : null
          )
        ),
        h(Text, { style: styles.sectionTitle }, t("invoice.order_lines")),
        itemsTable(ctx, input.lines),
        h(
          View,
          { style: styles.totals, wrap: false },
          ...input.order_totals.map((row) => amountRow(ctx, row.label, row.value, row.strong))
        ),
        h(Text, { style: styles.sectionTitle }, t("invoice.this_invoice")),
        h(
          View,
          { style: styles.totals, wrap: false },
          ...input.amounts.map((row) => amountRow(ctx, row.label, row.value, row.strong))
        ),
        h(
          Text,
          { style: styles.paragraph },
          input.paid
            ? input.payment_reference
              ? t("invoice.paid_reference", { reference: input.payment_reference })
              : t("invoice.paid_mark")
            : t("invoice.unpaid_mark", { date: input.due_on })
        ),
        pageFooter(ctx, t("invoice.footer", { number: input.number }))
      )
    )
  )
}
