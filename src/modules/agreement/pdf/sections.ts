import type { DocumentProps } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactElement } from "react"
import type { AgreementBlock, AgreementDocument, AgreementItemRow } from "../document"
import { accentColor, embeddableImage, type PdfBranding } from "./branding"
import { h } from "./h"
import type { ReactPdf } from "./load-react-pdf"
import { printable, printableDeep } from "./fonts"
import { formatDay, pdfDates, type PdfDates } from "./format"
import { createStyles, type PdfStyles } from "./styles"

/**
 * What every section needs: the lazily loaded react-pdf primitives, the
 * styles, the merchant, and how to print dates (locale and time zone).
 */
export type PdfContext = {
  pdf: ReactPdf
  styles: PdfStyles
  branding: PdfBranding
  dates: PdfDates
}

/**
 * A quote carries an agreement when it was sent with a template; without one
 * buildAgreementDocument leaves an empty placeholder (no template, version 0)
 * that the PDFs must not print.
 */
export function hasAgreement(document: AgreementDocument): boolean {
  return document.agreement.template_id !== "" && document.agreement.version > 0
}

/** Whether the agreement places the items table itself ({{quote.items}}). */
function agreementHasItems(document: AgreementDocument): boolean {
  return hasAgreement(document) && document.agreement.blocks.some((b) => b.type === "items")
}

export function header(ctx: PdfContext, title: string, subtitle: string): ReactElement {
  const { View, Text, Image } = ctx.pdf
  const { styles } = ctx
  const logo = embeddableImage(ctx.branding.logo)
  return h(
    View,
    { style: styles.header },
    h(
      View,
      { style: styles.brand },
      logo ? h(Image, { src: logo, style: styles.logo }) : null,
      h(Text, { style: styles.merchantName }, ctx.branding.name)
    ),
    h(
      View,
      null,
      h(Text, { style: styles.documentTitle }, title),
      h(Text, { style: styles.documentSubtitle }, subtitle)
    )
  )
}

export function footer(ctx: PdfContext, document: AgreementDocument): ReactElement {
  const { View, Text } = ctx.pdf
  return h(
    View,
    { style: ctx.styles.footer, fixed: true },
    h(Text, null, `${ctx.branding.name} · Quote ${document.quote.number}`),
    h(Text, {
      render: ({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`,
    })
  )
}

export function parties(ctx: PdfContext, document: AgreementDocument): ReactElement {
  const { View, Text } = ctx.pdf
  const { styles } = ctx
  const { customer, quote } = document
  return h(
    View,
    { style: styles.parties },
    h(
      View,
      { style: styles.party },
      h(Text, { style: styles.label }, "Prepared for"),
      h(Text, { style: styles.strong }, customer.name),
      customer.company ? h(Text, null, customer.company) : null,
      h(Text, null, customer.email)
    ),
    h(
      View,
      { style: styles.party },
      h(Text, { style: styles.label }, "Quote"),
      h(Text, { style: styles.strong }, quote.number),
      h(
        Text,
        null,
        `Valid until: ${quote.valid_until ? printable(formatDay(quote.valid_until, ctx.dates)) : "no expiry date"}`
      ),
      h(Text, null, `Currency: ${quote.currency_code.toUpperCase()}`)
    )
  )
}

export function itemsTable(ctx: PdfContext, rows: AgreementItemRow[]): ReactElement {
  const { View, Text } = ctx.pdf
  const { styles } = ctx
  return h(
    View,
    { style: styles.table },
    h(
      View,
      { style: styles.tableHead },
      h(Text, { style: styles.itemCell }, "Item"),
      h(Text, { style: styles.quantityCell }, "Qty"),
      h(Text, { style: styles.moneyCell }, "Unit price"),
      h(Text, { style: styles.moneyCell }, "Total")
    ),
    ...rows.map((row) =>
      h(
        View,
        { style: styles.tableRow, wrap: false },
        h(
          View,
          { style: styles.itemCell },
          h(Text, null, row.title),
          row.description ? h(Text, { style: styles.itemDescription }, row.description) : null
        ),
        h(Text, { style: styles.quantityCell }, String(row.quantity)),
        h(Text, { style: styles.moneyCell }, row.unit_price),
        h(Text, { style: styles.moneyCell }, row.total)
      )
    )
  )
}

export function totals(ctx: PdfContext, document: AgreementDocument): ReactElement {
  const { View, Text } = ctx.pdf
  const { styles } = ctx
  const t = document.totals
  const row = (label: string, value: string, style = styles.totalsRow) =>
    h(View, { style }, h(Text, null, label), h(Text, null, value))
  return h(
    View,
    { style: styles.totals, wrap: false },
    row("Subtotal", t.subtotal),
    row("Discount", t.discount_total),
    row("Tax", t.tax_total),
    row("Total", t.total, styles.grandTotalRow),
    row("Deposit due", t.deposit_due)
  )
}

function agreementBlock(
  ctx: PdfContext,
  document: AgreementDocument,
  block: AgreementBlock
): ReactElement {
  switch (block.type) {
    case "paragraph":
      return h(ctx.pdf.Text, { style: ctx.styles.paragraph }, block.text)
    case "items":
      // The one items table of the document, with the totals under it.
      return h(ctx.pdf.View, null, itemsTable(ctx, block.rows), totals(ctx, document))
  }
}

/**
 * The agreement's heading and blocks, minus a closing paragraph that the
 * caller keeps with the consent box and the signature (quoteBody).
 */
export function agreementText(
  ctx: PdfContext,
  document: AgreementDocument,
  blocks: AgreementBlock[] = document.agreement.blocks
): ReactElement {
  const { View, Text } = ctx.pdf
  const { styles } = ctx
  const { agreement } = document
  return h(
    View,
    null,
    h(Text, { style: styles.sectionTitle, minPresenceAhead: 40 }, agreement.name),
    h(Text, { style: styles.agreementVersion }, `Agreement version ${agreement.version}`),
    ...blocks.map((block) => agreementBlock(ctx, document, block))
  )
}

export function consent(ctx: PdfContext, lead: string, consentText: string): ReactElement {
  const { View, Text } = ctx.pdf
  return h(
    View,
    { style: ctx.styles.consent, wrap: false },
    h(Text, { style: ctx.styles.strong }, lead),
    h(Text, { style: ctx.styles.consentText }, consentText)
  )
}

/**
 * Everything the buyer reads: the body of both PDFs. The items table is
 * printed once: where the agreement places it ({{quote.items}}), otherwise
 * under "Selected items". A quote without an agreement has no agreement
 * section and no consent box (the buyer accepts it without signing).
 * `closing` (the signature) stays on one page with the consent box and the
 * agreement's last paragraph, so a signature never stands on a page alone.
 */
export function quoteBody(
  ctx: PdfContext,
  document: AgreementDocument,
  consentLead: string,
  closing: ReactElement | null = null
): ReactElement[] {
  const { Text, View } = ctx.pdf
  const body = [parties(ctx, document)]
  if (!agreementHasItems(document)) {
    body.push(
      h(Text, { style: ctx.styles.sectionTitle, minPresenceAhead: 60 }, "Selected items"),
      itemsTable(ctx, document.items),
      totals(ctx, document)
    )
  }
  if (hasAgreement(document)) {
    const blocks = document.agreement.blocks
    const last = blocks.at(-1)
    const keptWithSignature = last?.type === "paragraph" ? [last] : []
    body.push(
      agreementText(ctx, document, blocks.slice(0, blocks.length - keptWithSignature.length)),
      h(
        View,
        { wrap: false },
        ...keptWithSignature.map((block) => agreementBlock(ctx, document, block)),
        consent(ctx, consentLead, document.consent_text),
        closing
      )
    )
  }
  return body
}

/** `locale` defaults to `PORTAL_LOCALE`, `timeZone` to `PORTAL_TIME_ZONE` (format.ts). */
export function createPdfContext(
  pdf: ReactPdf,
  branding: PdfBranding,
  locale: string = process.env.PORTAL_LOCALE || "en-US",
  timeZone?: string
): PdfContext {
  return {
    pdf,
    branding: printableDeep(branding),
    styles: createStyles(accentColor(branding)),
    dates: pdfDates(locale, timeZone),
  }
}

/**
 * react-pdf stamps "now" into the metadata and derives the file ID from it;
 * a fixed date makes the same input render to the same bytes.
 */
export function documentMetadata(
  document: AgreementDocument,
  title: string,
  date: Date
): DocumentProps {
  return {
    title,
    author: document.merchant.name,
    subject: hasAgreement(document)
      ? `${document.agreement.name}, version ${document.agreement.version}`
      : title,
    creator: "Client Portal for Medusa",
    language: document.locale,
    creationDate: date,
    modificationDate: date,
  }
}
