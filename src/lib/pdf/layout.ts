import type { ReactElement } from "react"
import type { AgreementItemRow } from "../../shared/agreement-document"
import { accentColor, embeddableImage, type PdfBranding } from "./branding"
import { printableDeep } from "./fonts"
import { pdfDates, type PdfDates } from "./format"
import { h } from "./h"
import { type PdfKey, translator } from "../i18n"
import { baseLanguage } from "../../shared/i18n/languages"
import type { ReactPdf } from "./load-react-pdf"
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
  /** The reader's language (its catalog words) and `t` for the `pdf` catalog. */
  language: string
  t: (key: PdfKey, values?: Record<string, string | number>) => string
}

/**
 * `locale` defaults to `PORTAL_LOCALE`, `timeZone` to `PORTAL_TIME_ZONE` (format.ts); the
 * words come from the `pdf` catalog of the locale's language (docs/ARCHITECTURE.md,
 * "Languages").
 */
export function createPdfContext(
  pdf: ReactPdf,
  branding: PdfBranding,
  locale: string = process.env.PORTAL_LOCALE || "en-US",
  timeZone?: string
): PdfContext {
  const language = baseLanguage(locale) ?? "en"
  return {
    pdf,
    branding: printableDeep(branding),
    styles: createStyles(accentColor(branding)),
    dates: pdfDates(locale, timeZone),
    language,
    t: translator(language, "pdf"),
  }
}

/** The merchant (logo and name) on the left, the document's title on the right. */
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

/** On every page: "<merchant> · <document>" and "Page N of M". */
export function pageFooter(ctx: PdfContext, document: string): ReactElement {
  const { View, Text } = ctx.pdf
  return h(
    View,
    { style: ctx.styles.footer, fixed: true },
    h(Text, null, `${ctx.branding.name} · ${document}`),
    h(Text, {
      render: ({ pageNumber, totalPages }) =>
        ctx.t("layout.page", { page: pageNumber, pages: totalPages }),
    })
  )
}

/** A label on the left, an amount on the right: one line of a totals box. */
export function amountRow(
  ctx: PdfContext,
  label: string,
  value: string,
  strong = false
): ReactElement {
  const { View, Text } = ctx.pdf
  return h(
    View,
    { style: strong ? ctx.styles.grandTotalRow : ctx.styles.totalsRow },
    h(Text, null, label),
    h(Text, null, value)
  )
}

/**
 * Item, quantity, unit price, discount (only when a line has one) and total per
 * line, pre-tax, amounts already formatted (docs/ARCHITECTURE.md, "Money").
 */
export function itemsTable(ctx: PdfContext, rows: AgreementItemRow[]): ReactElement {
  const { View, Text } = ctx.pdf
  const { styles } = ctx
  const discounts = rows.some((row) => !!row.discount)
  return h(
    View,
    { style: styles.table },
    h(
      View,
      { style: styles.tableHead },
      h(Text, { style: styles.itemCell }, ctx.t("layout.item")),
      h(Text, { style: styles.quantityCell }, ctx.t("layout.quantity")),
      h(Text, { style: styles.moneyCell }, ctx.t("layout.unit_price")),
      discounts ? h(Text, { style: styles.moneyCell }, ctx.t("layout.discount")) : null,
      h(Text, { style: styles.moneyCell }, ctx.t("layout.total"))
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
        discounts ? h(Text, { style: styles.moneyCell }, row.discount ?? "") : null,
        h(Text, { style: styles.moneyCell }, row.total)
      )
    )
  )
}
