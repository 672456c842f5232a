import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_PURCHASE_ORDER_LINES } from "../../../shared/procurement"

/** A line as staff enter it: a catalog variant, how many, at what unit cost (major unit). */
export type PurchaseOrderLineInput = { variant_id: string; quantity: number; unit_cost: number }

/** A line ready to store: the variant's one inventory item and a snapshot of its titles. */
export type ResolvedPurchaseOrderLine = PurchaseOrderLineInput & {
  inventory_item_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  rank: number
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks and resolves a PO's lines (docs/ARCHITECTURE.md, "Procurement"): a PO
 * orders only variants whose inventory Medusa manages through exactly one
 * inventory item, one per unit, so a line's remainder is that item's incoming
 * quantity. Anything else is a 400 naming the variant, before anything is written.
 */
export const resolvePurchaseOrderLinesStep = createStep(
  "portal-resolve-purchase-order-lines",
  async (lines: PurchaseOrderLineInput[], { container }) => {
    if (!Array.isArray(lines) || !lines.length) {
      throw invalid("A purchase order needs at least one line")
    }
    if (lines.length > MAX_PURCHASE_ORDER_LINES) {
      throw invalid(`A purchase order has at most ${MAX_PURCHASE_ORDER_LINES} lines`)
    }
    for (const line of lines) {
      if (!Number.isInteger(line.quantity) || line.quantity < 1) {
        throw invalid("Each line's quantity must be a whole number of at least 1")
      }
      if (!Number.isFinite(line.unit_cost) || line.unit_cost < 0) {
        throw invalid("Each line's unit cost must be zero or more")
      }
    }
    const ids = [...new Set(lines.map((line) => line.variant_id))]
    if (ids.length !== lines.length) {
      throw invalid("Each variant may appear on one line only: add up its quantities")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "manage_inventory",
        "product.title",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
      ],
      filters: { id: ids },
    })
    const byId = new Map(variants.map((variant) => [variant.id, variant]))
    const resolved = lines.map((line, rank): ResolvedPurchaseOrderLine => {
      const variant = byId.get(line.variant_id)
      if (!variant) throw invalid(`Variant ${line.variant_id} was not found`)
      const name = [variant.product?.title, variant.title].filter(Boolean).join(" · ")
      if (!variant.manage_inventory) {
        throw invalid(
          `${name} does not have its inventory managed by Medusa, so it cannot be ordered on a purchase order`
        )
      }
      const items = (variant.inventory_items ?? []).filter(Boolean)
      if (items.length !== 1) {
        throw invalid(
          `${name} has ${items.length} inventory items; a purchase order can only order a variant with exactly one`
        )
      }
      if (Number(items[0]!.required_quantity ?? 1) !== 1) {
        throw invalid(
          `${name} uses ${items[0]!.required_quantity} units of its inventory item per variant; a purchase order can only order a variant that uses one`
        )
      }
      return {
        ...line,
        inventory_item_id: items[0]!.inventory_item_id as string,
        product_title: variant.product?.title ?? variant.title ?? line.variant_id,
        variant_title: variant.title ?? null,
        sku: variant.sku ?? null,
        rank,
      }
    })
    return new StepResponse(resolved)
  }
)

/** The supplier and the stock location a new PO names must exist; the company must supply. */
export const validatePurchaseOrderPartiesStep = createStep(
  "portal-validate-purchase-order-parties",
  async (
    input: { supplier_company_id: string; stock_location_id: string; currency_code: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: companies }, { data: locations }] = await Promise.all([
      query.graph({
        entity: "portal_company",
        fields: ["id", "name", "is_supplier"],
        filters: { id: input.supplier_company_id },
      }),
      query.graph({
        entity: "stock_location",
        fields: ["id"],
        filters: { id: input.stock_location_id },
      }),
    ])
    const company = companies[0]
    if (!company) throw invalid(`Company ${input.supplier_company_id} was not found`)
    if (!company.is_supplier) {
      throw invalid(
        `${company.name} is not a supplier: mark it as one before sending it purchase orders`
      )
    }
    if (!locations.length) throw invalid(`Stock location ${input.stock_location_id} was not found`)
    if (!/^[a-z]{3}$/.test(input.currency_code ?? "")) {
      throw invalid("currency_code must be a three-letter ISO 4217 code, such as usd")
    }
    return new StepResponse(undefined)
  }
)
