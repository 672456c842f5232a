import type { DocumentProps } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactElement } from "react"
import { printable } from "../../../lib/pdf/fonts"
import { formatDay } from "../../../lib/pdf/format"
import { h } from "../../../lib/pdf/h"
import { amountRow, itemsTable, pageFooter, type PdfContext } from "../../../lib/pdf/layout"
import type { AgreementBlock, AgreementDocument } from "../document"

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

export function footer(ctx: PdfContext, document: AgreementDocument): ReactElement {
  return pageFooter(ctx, ctx.t("quote.number", { number: document.quote.number }))
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
      h(Text, { style: styles.label }, ctx.t("quote.prepared_for")),
      h(Text, { style: styles.strong }, customer.name),
      customer.company ? h(Text, null, customer.company) : null,
      h(Text, null, customer.email)
    ),
    h(
      View,
      { style: styles.party },
      h(Text, { style: styles.label }, ctx.t("quote.title")),
      h(Text, { style: styles.strong }, quote.number),
      h(
        Text,
        null,
        quote.valid_until
          ? ctx.t("quote.valid_until", {
              date: printable(formatDay(quote.valid_until, ctx.dates)),
            })
          : ctx.t("quote.no_expiry")
      ),
      h(Text, null, ctx.t("quote.currency", { currency: quote.currency_code.toUpperCase() }))
    )
  )
}

/**
 * The rows of the one presentation of totals (docs/ARCHITECTURE.md, "Money"):
 * subtotal, discounts, shipping, tax, total, deposit. A document frozen before
 * the rows existed prints the rows it has.
 */
export function totals(ctx: PdfContext, document: AgreementDocument): ReactElement {
  const t = document.totals
  const rows = t.rows ?? [
    { key: "subtotal", label: "Subtotal", value: t.subtotal },
    { key: "discount", label: "Discount", value: t.discount_total },
    { key: "tax", label: "Tax", value: t.tax_total },
    { key: "total", label: "Total", value: t.total, strong: true },
    { key: "deposit", label: "Deposit due", value: t.deposit_due },
  ]
  return h(
    ctx.pdf.View,
    { style: ctx.styles.totals, wrap: false },
    ...rows.map((row) => amountRow(ctx, row.label, row.value, row.strong))
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
    h(
      Text,
      { style: styles.agreementVersion },
      ctx.t("quote.agreement_version", { version: agreement.version })
    ),
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
 * The body of both PDFs. The items table is printed once, where the agreement places it or
 * under "Selected items"; the signature stays on one page with the consent box and the last
 * paragraph, so it never stands on a page alone.
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
      h(
        Text,
        { style: ctx.styles.sectionTitle, minPresenceAhead: 60 },
        ctx.t("quote.selected_items")
      ),
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
