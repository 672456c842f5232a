import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { PROCUREMENT_MODULE } from "../../src/modules/procurement"
import type ProcurementModuleService from "../../src/modules/procurement/service"
import { acknowledgePurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/acknowledge-purchase-order"
import { createPurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/create-purchase-order"
import { sendPurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/send-purchase-order"
import { SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"

/** A warehouse with an address, where purchase orders deliver to. */
export async function createWarehouse(container: MedusaContainer, name = "Receiving Dock") {
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name,
          address: {
            address_1: "9 Dock Road",
            city: "Columbus",
            postal_code: "43004",
            country_code: "us",
          },
        },
      ],
    },
  })
  return location
}

/** Two variants whose inventory Medusa manages (one item each): what a PO can order. */
export async function createOrderableVariants(container: MedusaContainer, currency = "usd") {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Toner Cartridge",
          status: "published",
          options: [{ title: "Colour", values: ["Black", "Cyan"] }],
          variants: ["Black", "Cyan"].map((colour) => ({
            title: colour,
            sku: `TONER-${colour.toUpperCase()}`,
            manage_inventory: true,
            options: { Colour: colour },
            prices: [{ amount: 80, currency_code: currency }],
          })),
        },
      ],
    },
  })
  return product.variants
}

export type PurchaseOrderSeed = {
  supplier_company_id: string
  stock_location_id: string
  currency_code?: string
  notes?: string
  lines: Array<{ variant_id: string; quantity: number; unit_cost: number }>
}

/** A purchase order as staff draft it (status `draft`). */
export async function draftPurchaseOrder(container: MedusaContainer, seed: PurchaseOrderSeed) {
  const { result } = await createPurchaseOrderWorkflow(container).run({
    input: { currency_code: "usd", ...seed },
  })
  return result.id as string
}

/** Sends a drafted purchase order to its supplier, as staff do. */
export async function sendPurchaseOrder(container: MedusaContainer, id: string) {
  await sendPurchaseOrderWorkflow(container).run({ input: { id } })
}

/** A sent purchase order. */
export async function sentPurchaseOrder(container: MedusaContainer, seed: PurchaseOrderSeed) {
  const id = await draftPurchaseOrder(container, seed)
  await sendPurchaseOrder(container, id)
  return id
}

/** The day after today, "YYYY-MM-DD": a promised date that is never in the past. */
export const tomorrow = (days = 1) =>
  new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10)

/** A sent purchase order its supplier acknowledged (every line promised for `promised_at`). */
export async function acknowledgedPurchaseOrder(
  container: MedusaContainer,
  seed: PurchaseOrderSeed,
  supplier: { customer_id: string },
  promised_at = tomorrow(7)
) {
  const id = await sentPurchaseOrder(container, seed)
  const procurement = container.resolve<ProcurementModuleService>(PROCUREMENT_MODULE)
  const lines = await procurement.listPortalPurchaseOrderLines({ purchase_order_id: id })
  await acknowledgePurchaseOrderWorkflow(container).run({
    input: {
      id,
      access: {
        kind: "member",
        customer_id: supplier.customer_id,
        company_id: seed.supplier_company_id,
        permissions: [...SUPPLIER_PERMISSIONS],
      },
      lines: lines.map((line) => ({ line_id: line.id, promised_at })),
    },
  })
  return id
}

/** The smallest file that is a PDF by its bytes, with a marker to tell copies apart. */
export const pdfBytes = (marker = "bill") =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`
  )

/** The multipart body of a bill upload. */
export function billForm(
  fields: Partial<Record<"purchase_order_id" | "bill_number" | "amount" | "due_date", string>>,
  file: { bytes: Buffer; name?: string; type?: string } | null = { bytes: pdfBytes() }
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) form.append(name, value)
  }
  if (file) {
    form.append(
      "file",
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }),
      file.name ?? "bill.pdf"
    )
  }
  return form
}
