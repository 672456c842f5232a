import { MAX_PURCHASE_ORDER_LINES } from "../../../shared/procurement"

/**
 * The purchase order form's state and its checks, kept free of React so they
 * are unit-tested. The server checks the same again (docs/ARCHITECTURE.md,
 * "Procurement"); this only saves a round trip and points at the field.
 */

export type PurchaseOrderLineDraft = {
  /** Stable across edits, for React keys and field ids. */
  key: string
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  /** As typed: validated before saving. */
  quantity: string
  unit_cost: string
}

export type PurchaseOrderDraft = {
  supplier: { id: string; name: string | null } | null
  stock_location_id: string
  currency_code: string
  notes: string
  lines: PurchaseOrderLineDraft[]
}

export type PurchaseOrderDraftProblems = {
  supplier?: string
  stock_location_id?: string
  currency_code?: string
  lines?: string
  line: Record<string, { quantity?: string; unit_cost?: string }>
}

let nextKey = 0
const newKey = () => `line-${++nextKey}`

export function lineFromVariant(variant: {
  id: string
  product_title: string
  title: string | null
  sku: string | null
}): PurchaseOrderLineDraft {
  return {
    key: newKey(),
    variant_id: variant.id,
    product_title: variant.product_title,
    variant_title: variant.title,
    sku: variant.sku,
    quantity: "1",
    unit_cost: "",
  }
}

export function lineFromPurchaseOrderLine(line: {
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_cost: number
}): PurchaseOrderLineDraft {
  return {
    key: newKey(),
    variant_id: line.variant_id,
    product_title: line.product_title,
    variant_title: line.variant_title,
    sku: line.sku,
    quantity: String(line.quantity),
    unit_cost: String(line.unit_cost),
  }
}

const parseQuantity = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN)
/** A plain decimal with at most 4 places, as a cost per unit may have. */
const parseCost = (text: string) =>
  /^\d+(\.\d{1,4})?$/.test(text.trim()) ? Number(text.trim()) : NaN

export function validatePurchaseOrderDraft(
  draft: PurchaseOrderDraft,
  mode: "create" | "edit"
): PurchaseOrderDraftProblems {
  const problems: PurchaseOrderDraftProblems = { line: {} }
  if (mode === "create") {
    if (!draft.supplier) problems.supplier = "Choose the supplier company"
    if (!draft.stock_location_id) problems.stock_location_id = "Choose where the goods go"
    if (!draft.currency_code) problems.currency_code = "Choose the currency"
  }
  if (!draft.lines.length) problems.lines = "Add at least one product"
  else if (draft.lines.length > MAX_PURCHASE_ORDER_LINES) {
    problems.lines = `A purchase order has at most ${MAX_PURCHASE_ORDER_LINES} lines`
  }
  for (const line of draft.lines) {
    const quantity = parseQuantity(line.quantity)
    const cost = parseCost(line.unit_cost)
    const found: { quantity?: string; unit_cost?: string } = {}
    if (!(quantity >= 1)) found.quantity = "A whole number, at least 1"
    if (Number.isNaN(cost)) found.unit_cost = "The cost per unit, e.g. 12.50"
    if (found.quantity || found.unit_cost) problems.line[line.key] = found
  }
  return problems
}

export const hasProblems = (problems: PurchaseOrderDraftProblems) =>
  !!(
    problems.supplier ||
    problems.stock_location_id ||
    problems.currency_code ||
    problems.lines ||
    Object.keys(problems.line).length
  )

/** The lines as the API takes them (call after validation). */
export const lineInputs = (draft: PurchaseOrderDraft) =>
  draft.lines.map((line) => ({
    variant_id: line.variant_id,
    quantity: parseQuantity(line.quantity),
    unit_cost: parseCost(line.unit_cost),
  }))

/** The total of the lines that are valid so far, rounded to cents. */
export function draftTotal(draft: PurchaseOrderDraft): number {
  const total = draft.lines.reduce((sum, line) => {
    const quantity = parseQuantity(line.quantity)
    const cost = parseCost(line.unit_cost)
    return quantity >= 1 && !Number.isNaN(cost) ? sum + quantity * cost : sum
  }, 0)
  return Math.round(total * 100) / 100
}

/** Adds a variant as a line, unless it is on the PO already (one line per variant). */
export function addVariantLine(
  draft: PurchaseOrderDraft,
  variant: Parameters<typeof lineFromVariant>[0]
): PurchaseOrderDraft {
  if (draft.lines.some((line) => line.variant_id === variant.id)) return draft
  return { ...draft, lines: [...draft.lines, lineFromVariant(variant)] }
}

/** "Toner Cartridge – Black". */
export const lineTitle = (line: { product_title: string; variant_title: string | null }) =>
  line.variant_title && line.variant_title !== line.product_title
    ? `${line.product_title} – ${line.variant_title}`
    : line.product_title
