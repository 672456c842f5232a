import type { PdfBranding } from "../../../lib/pdf/branding"
import { h } from "../../../lib/pdf/h"
import { amountRow, createPdfContext, header, pageFooter } from "../../../lib/pdf/layout"
import { loadReactPdf } from "../../../lib/pdf/load-react-pdf"

/** One ordered line, amounts and dates already formatted for the reader's locale. */
export type PurchaseOrderPdfLine = {
  title: string
  /** Variant and SKU. */
  description: string | null
  quantity: number
  received_quantity: number
  unit_cost: string
  total: string
  /** The date the supplier promised it for, once acknowledged. */
  promised_on: string | null
}

/** Everything printed on a purchase order. */
export type PurchaseOrderPdfInput = {
  /** "PO-1001" */
  number: string
  status_label: string
  supplier_name: string
  ship_to: { name: string; lines: string[] }
  currency_code: string
  sent_on: string | null
  notes: string | null
  lines: PurchaseOrderPdfLine[]
  total: string
  generated_at: Date
}

/**
 * A purchase order as staff and the supplier's contacts download it: the
 * merchant, the supplier, where to deliver, each line with its unit cost,
 * promised date and what was received so far, and the total. Built from the
 * portal PDFs' shared pieces (src/lib/pdf/layout.ts).
 */
export async function renderPurchaseOrderPdf(
  input: PurchaseOrderPdfInput,
  branding: PdfBranding,
  /** The reader's locale: the words and how dates print (docs/ARCHITECTURE.md, "Languages"). */
  locale?: string
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding, locale)
  const { Document, Page, View, Text } = pdf
  const { styles, t } = ctx
  const showReceived = input.lines.some((line) => line.received_quantity > 0)
  const narrow = { width: 64, textAlign: "right" as const }

  return pdf.renderToBuffer(
    h(
      Document,
      {
        title: t("purchase_order.title_number", { number: input.number }),
        author: branding.name,
        creator: branding.name,
        producer: branding.name,
        creationDate: input.generated_at,
        modificationDate: input.generated_at,
      },
      h(
        Page,
        { size: "A4", style: styles.page },
        header(ctx, t("purchase_order.title"), input.number),
        h(
          View,
          { style: styles.parties },
          h(
            View,
            { style: styles.party },
            h(Text, { style: styles.label }, t("purchase_order.supplier")),
            h(Text, { style: styles.strong }, input.supplier_name),
            h(Text, { style: [styles.label, { marginTop: 8 }] }, t("purchase_order.deliver_to")),
            h(Text, { style: styles.strong }, input.ship_to.name),
            ...input.ship_to.lines.map((line) => h(Text, null, line))
          ),
          h(
            View,
            { style: styles.party },
            h(Text, { style: styles.label }, t("purchase_order.title")),
            h(Text, { style: styles.strong }, t("purchase_order.number", { number: input.number })),
            h(Text, null, t("purchase_order.status", { status: input.status_label })),
            input.sent_on ? h(Text, null, t("purchase_order.sent", { date: input.sent_on })) : null,
            h(
              Text,
              null,
              t("purchase_order.currency", { currency: input.currency_code.toUpperCase() })
            )
          )
        ),
        h(Text, { style: styles.sectionTitle }, t("purchase_order.lines")),
        h(
          View,
          { style: styles.table },
          h(
            View,
            { style: styles.tableHead },
            h(Text, { style: styles.itemCell }, t("layout.item")),
            h(Text, { style: styles.quantityCell }, t("layout.quantity")),
            showReceived ? h(Text, { style: narrow }, t("purchase_order.received")) : null,
            h(Text, { style: narrow }, t("purchase_order.promised")),
            h(Text, { style: styles.moneyCell }, t("purchase_order.unit_cost")),
            h(Text, { style: styles.moneyCell }, t("layout.total"))
          ),
          ...input.lines.map((line) =>
            h(
              View,
              { style: styles.tableRow, wrap: false },
              h(
                View,
                { style: styles.itemCell },
                h(Text, null, line.title),
                line.description
                  ? h(Text, { style: styles.itemDescription }, line.description)
                  : null
              ),
              h(Text, { style: styles.quantityCell }, String(line.quantity)),
              showReceived ? h(Text, { style: narrow }, String(line.received_quantity)) : null,
              h(Text, { style: narrow }, line.promised_on ?? "—"),
              h(Text, { style: styles.moneyCell }, line.unit_cost),
              h(Text, { style: styles.moneyCell }, line.total)
            )
          )
        ),
        h(
          View,
          { style: styles.totals, wrap: false },
          amountRow(ctx, t("purchase_order.total"), input.total, true)
        ),
        input.notes
          ? h(
              View,
              null,
              h(Text, { style: styles.sectionTitle }, t("purchase_order.notes")),
              h(Text, { style: styles.paragraph }, input.notes)
            )
          : null,
        pageFooter(ctx, t("purchase_order.title_number", { number: input.number }))
      )
    )
  )
}
