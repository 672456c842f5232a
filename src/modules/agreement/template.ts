import { MedusaError } from "@medusajs/framework/utils"
import { escapeHtml } from "../../lib/email/layout"
import { formatDate, formatMoney } from "../../lib/format"
import { translator } from "../../lib/i18n"
import { baseLanguage, SOURCE_LANGUAGE } from "../../shared/i18n/languages"
import type {
  AgreementBlock,
  AgreementContext,
  AgreementItemRow,
  RenderedAgreement,
} from "./document"

/**
 * The agreement template language, in one place: `{{variable}}` placeholders
 * (whitespace inside the braces allowed) in plain text, paragraphs separated
 * by blank lines, and `{{quote.items}}` standing for the table of items.
 * Values are inserted as plain text and never interpreted: a value that looks
 * like a placeholder or like HTML stays exactly that text.
 */
export const AGREEMENT_VARIABLES = [
  { name: "customer.first_name", description: "The buyer's first name" },
  { name: "customer.last_name", description: "The buyer's last name" },
  { name: "customer.email", description: "The buyer's email address" },
  { name: "company.name", description: "The buyer's company name" },
  {
    name: "signer.name",
    description:
      "The name of the person who signs, as they type it when signing; until then a placeholder",
  },
  {
    name: "signer.email",
    description:
      "The email address of the person who signs, as they give it when signing; until then a placeholder",
  },
  { name: "quote.number", description: "The quote number, e.g. Q-1001" },
  {
    name: "quote.subtotal",
    description:
      "The items the buyer selected, after the quote's line discounts, before promotions, shipping and tax",
  },
  { name: "quote.discount", description: "The promotions taken off, before tax" },
  { name: "quote.shipping", description: "The shipping (freight) charge, before tax" },
  { name: "quote.tax", description: "The sales tax on the items and shipping" },
  {
    name: "quote.total",
    description:
      "What the buyer pays: subtotal − discount + shipping + tax, in the quote's currency",
  },
  { name: "quote.deposit", description: "The deposit due on signing, in the quote's currency" },
  { name: "quote.valid_until", description: "The last day the quote can be accepted" },
  { name: "merchant.name", description: "Your store's name" },
  { name: "today", description: "The date the buyer reads or signs the agreement" },
  {
    name: "quote.items",
    description:
      "A table of the items the buyer selected (item, quantity, unit price, total); it stands in its own block",
  },
] as const

export type AgreementVariableName = (typeof AGREEMENT_VARIABLES)[number]["name"]

const KNOWN = new Set<string>(AGREEMENT_VARIABLES.map((variable) => variable.name))
const ITEMS_VARIABLE: AgreementVariableName = "quote.items"

/** A placeholder: `{{`, anything but braces, `}}`. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g

const placeholder = (name: string) => `{{${name}}}`

/**
 * What `{{signer.name}}` and `{{signer.email}}` read until someone signs, in the document's
 * language (the `pdf` catalog): the buyer's page, the quote PDF and the editor's preview
 * show these, and signing fills in the signer's own name and email (docs/ARCHITECTURE.md,
 * "Storefront portal").
 */
export function signerPlaceholders(locale: string) {
  const t = translator(baseLanguage(locale) ?? SOURCE_LANGUAGE, "pdf")
  return {
    "signer.name": t("quote.signer_name_placeholder"),
    "signer.email": t("quote.signer_email_placeholder"),
  }
}

/** The placeholders in English, as the admin's template editor explains them. */
export const SIGNER_PLACEHOLDERS = signerPlaceholders(SOURCE_LANGUAGE)

type Token =
  | { type: "text"; text: string; offset: number }
  | { type: "variable"; name: string; offset: number }

function tokenize(body: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (match.index > last) {
      tokens.push({ type: "text", text: body.slice(last, match.index), offset: last })
    }
    tokens.push({ type: "variable", name: match[1].trim(), offset: match.index })
    last = match.index + match[0].length
  }
  if (last < body.length) tokens.push({ type: "text", text: body.slice(last), offset: last })
  return tokens
}

/** The placeholders of `body` that name no known variable, each once, in order of appearance. */
export function findUnknownVariables(body: string): string[] {
  const names = tokenize(body).flatMap((token) => (token.type === "variable" ? [token.name] : []))
  return [...new Set(names.filter((name) => !KNOWN.has(name)))]
}

/** The 1-based line of the first `{{` or `}}` that is not part of a placeholder, or null. */
function findUnbalancedBraces(body: string): { line: number; braces: string } | null {
  for (const token of tokenize(body)) {
    if (token.type !== "text") continue
    const match = /\{\{|\}\}/.exec(token.text)
    if (match) {
      const offset = token.offset + match.index
      return { line: body.slice(0, offset).split("\n").length, braces: match[0] }
    }
  }
  return null
}

/**
 * Refuses a body that cannot be rendered as its author meant: empty, with a
 * `{{` or `}}` that does not pair up, or naming a variable that does not exist.
 */
export function assertTemplateValid(body: string): void {
  if (!body.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The template body is empty; write the agreement text"
    )
  }
  const unbalanced = findUnbalancedBraces(body)
  if (unbalanced) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unbalanced ${unbalanced.braces} on line ${unbalanced.line} of the template: write variables as {{name}}`
    )
  }
  const unknown = findUnknownVariables(body)
  if (unknown.length) {
    const plural = unknown.length > 1 ? "s" : ""
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown template variable${plural} ${unknown.map(placeholder).join(", ")}; use one of: ${AGREEMENT_VARIABLES.map(
        (variable) => placeholder(variable.name)
      ).join(", ")}`
    )
  }
}

/** The items table's rows, with money formatted for the quote's currency and locale. */
export function toItemRows(context: AgreementContext): AgreementItemRow[] {
  const { currency_code } = context.quote
  return (context.quote.items ?? []).map((item) => ({
    title: item.title ?? "",
    description: item.description ?? null,
    quantity: item.quantity,
    unit_price: formatMoney(item.unit_price, currency_code, context.locale),
    // Only a discounted line carries the key, so a row without one reads as before.
    ...(item.discount
      ? { discount: `−${formatMoney(item.discount, currency_code, context.locale)}` }
      : {}),
    total: formatMoney(item.total, currency_code, context.locale),
  }))
}

/** The text each variable stands for; missing values are empty strings. */
function variableValues(
  context: AgreementContext
): Record<Exclude<AgreementVariableName, "quote.items">, string> {
  const { locale, quote } = context
  const placeholders = context.signer ? null : signerPlaceholders(locale)
  return {
    "customer.first_name": context.customer?.first_name ?? "",
    "customer.last_name": context.customer?.last_name ?? "",
    "customer.email": context.customer?.email ?? "",
    "company.name": context.company?.name ?? "",
    "signer.name": context.signer?.name ?? placeholders!["signer.name"],
    "signer.email": context.signer?.email ?? placeholders!["signer.email"],
    "quote.number": quote.number ?? "",
    "quote.subtotal": formatMoney(quote.subtotal, quote.currency_code, locale),
    "quote.discount": formatMoney(quote.discount, quote.currency_code, locale),
    "quote.shipping": formatMoney(quote.shipping, quote.currency_code, locale),
    "quote.tax": formatMoney(quote.tax, quote.currency_code, locale),
    "quote.total": formatMoney(quote.total, quote.currency_code, locale),
    "quote.deposit": formatMoney(quote.deposit, quote.currency_code, locale),
    "quote.valid_until": formatDate(quote.valid_until, locale),
    "merchant.name": context.merchant?.name ?? "",
    today: formatDate(context.today, locale),
  }
}

/** Splits only the template's own text at blank lines, never an inserted value. */
const BLANK_LINE = /\n[ \t]*\n/

/**
 * The agreement as a buyer reads it: paragraphs (split at blank lines) with
 * every variable filled in, and `{{quote.items}}` as its own items block.
 */
export function renderAgreement(
  template: { id: string; name: string; version: number; body: string; language?: string | null },
  context: AgreementContext
): RenderedAgreement {
  const values = new Map<string, string>(Object.entries(variableValues(context)))
  const blocks: AgreementBlock[] = []
  let paragraph = ""
  const endParagraph = () => {
    const text = paragraph.trim()
    if (text) blocks.push({ type: "paragraph", text })
    paragraph = ""
  }

  for (const token of tokenize(template.body.replace(/\r\n?/g, "\n"))) {
    if (token.type === "variable" && token.name === ITEMS_VARIABLE) {
      endParagraph()
      blocks.push({ type: "items", rows: toItemRows(context) })
    } else if (token.type === "variable") {
      paragraph += values.get(token.name) ?? ""
    } else {
      const [first, ...rest] = token.text.split(BLANK_LINE)
      paragraph += first
      for (const part of rest) {
        endParagraph()
        paragraph = part
      }
    }
  }
  endParagraph()

  return {
    template_id: template.id,
    name: template.name,
    version: template.version,
    language: template.language ?? null,
    blocks,
  }
}

/** The discount column is printed only when a line has a discount. */
const hasDiscounts = (rows: AgreementItemRow[]) => rows.some((row) => !!row.discount)

function itemsToHtml(rows: AgreementItemRow[]): string {
  const discounts = hasDiscounts(rows)
  const columns = ["Item", "Quantity", "Unit price", ...(discounts ? ["Discount"] : []), "Total"]
  const head = columns.map((column) => `<th>${column}</th>`).join("")
  const body = rows
    .map((row) => {
      const description = row.description ? `<br><small>${escapeHtml(row.description)}</small>` : ""
      const cells = [
        `${escapeHtml(row.title)}${description}`,
        escapeHtml(String(row.quantity)),
        escapeHtml(row.unit_price),
        ...(discounts ? [escapeHtml(row.discount ?? "")] : []),
        escapeHtml(row.total),
      ]
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`
    })
    .join("")
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

/** The agreement's blocks as HTML; every value is escaped. The caller adds the title. */
export function agreementToHtml(rendered: RenderedAgreement): string {
  return rendered.blocks
    .map((block) =>
      block.type === "items"
        ? itemsToHtml(block.rows)
        : `<p>${escapeHtml(block.text).replace(/\n/g, "<br>")}</p>`
    )
    .join("\n")
}

/** The agreement's blocks as plain text, one line per item. The caller adds the title. */
export function agreementToText(rendered: RenderedAgreement): string {
  return rendered.blocks
    .map((block) =>
      block.type === "items"
        ? block.rows
            .map(
              (row) =>
                `- ${row.title}: ${row.quantity} × ${row.unit_price}` +
                (row.discount ? ` ${row.discount}` : "") +
                ` = ${row.total}` +
                (row.description ? `\n  ${row.description}` : "")
            )
            .join("\n")
        : block.text
    )
    .join("\n\n")
}
