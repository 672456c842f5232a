import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROCUREMENT_MODULE } from "../../modules/procurement"
import type ProcurementModuleService from "../../modules/procurement/service"
import { SUPPLIER_PERMISSIONS } from "../../shared/permissions"
import {
  formatPurchaseOrderNumber,
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrderStatus,
} from "../../shared/procurement"
import { acknowledgePurchaseOrderWorkflow } from "../../workflows/procurement/workflows/acknowledge-purchase-order"
import { createPurchaseOrderWorkflow } from "../../workflows/procurement/workflows/create-purchase-order"
import { sendPurchaseOrderWorkflow } from "../../workflows/procurement/workflows/send-purchase-order"
import { DEMO_SHIPPING } from "./shipping"

/** Marks the demo's purchase order, so a re-run finds it instead of making another. */
export const DEMO_PURCHASE_ORDER_NOTES =
  "Demo purchase order: deliver to the Columbus dock, Monday to Friday 7am-3pm."

/** What the demo orders from the supplier: the stretch wrap customers see as incoming. */
export const DEMO_PURCHASE_ORDER_LINE = { sku: "WRAP-20", quantity: 200, unit_cost: 41.5 }

/** Days from the seed's run to the date the supplier promises. */
const PROMISED_IN_DAYS = 14

export type DemoProcurement = {
  number: string
  status: string
  supplier_company: string
  supplier_email: string
  line: { variant: string; quantity: number; unit_cost: number }
  /** "YYYY-MM-DD", or null when the order was not acknowledged. */
  promised_at: string | null
  /** What Medusa now counts as incoming for the variant at the warehouse. */
  incoming_quantity: number
}

/**
 * The demo's supplier side: a purchase order sent and acknowledged with a promised date, so
 * customers see incoming stock in the catalog; found by its notes on a re-run
 * (docs/ARCHITECTURE.md, "Procurement", "Demo").
 */
export async function seedProcurement(
  container: MedusaContainer,
  context: {
    supplier_company: { id: string; name: string }
    supplier_email: string
    currency_code: string
    actor_id: string
  }
): Promise<DemoProcurement> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const procurement = container.resolve<ProcurementModuleService>(PROCUREMENT_MODULE)

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: DEMO_SHIPPING.warehouse },
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "inventory_items.inventory_item_id"],
    filters: { sku: DEMO_PURCHASE_ORDER_LINE.sku },
  })
  const locationId = locations[0]?.id as string
  const variant = variants[0]

  const find = async () =>
    (
      await procurement.listPortalPurchaseOrders(
        { supplier_company_id: context.supplier_company.id, notes: DEMO_PURCHASE_ORDER_NOTES },
        { relations: ["lines"], take: 1 }
      )
    )[0]

  let order = await find()
  if (!order) {
    const { result } = await createPurchaseOrderWorkflow(container).run({
      input: {
        supplier_company_id: context.supplier_company.id,
        stock_location_id: locationId,
        currency_code: context.currency_code,
        notes: DEMO_PURCHASE_ORDER_NOTES,
        lines: [
          {
            variant_id: variant.id,
            quantity: DEMO_PURCHASE_ORDER_LINE.quantity,
            unit_cost: DEMO_PURCHASE_ORDER_LINE.unit_cost,
          },
        ],
        actor_id: context.actor_id,
      },
    })
    await sendPurchaseOrderWorkflow(container).run({
      input: { id: result.id, actor_id: context.actor_id },
    })
    order = await find()
    logger.info(`Demo purchase order ${formatPurchaseOrderNumber(order!.display_number)} sent`)
  }

  if (order!.status === "sent") {
    const customers = container.resolve(Modules.CUSTOMER)
    const [contact] = await customers.listCustomers(
      { email: context.supplier_email, has_account: true },
      { select: ["id"], take: 1 }
    )
    const promised = new Date(Date.now() + PROMISED_IN_DAYS * 24 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10)
    await acknowledgePurchaseOrderWorkflow(container).run({
      input: {
        id: order!.id,
        access: {
          kind: "member",
          customer_id: contact.id,
          company_id: context.supplier_company.id,
          permissions: SUPPLIER_PERMISSIONS,
        },
        lines: (order!.lines ?? []).map((line) => ({ line_id: line.id, promised_at: promised })),
        note: "Confirmed: ships from our Dayton plant.",
      },
    })
    order = await find()
    logger.info(
      `Demo purchase order acknowledged by ${context.supplier_email}, promised ${promised}`
    )
  }

  const promisedDates = (order!.lines ?? [])
    .flatMap((line) => (line.promised_at ? [new Date(line.promised_at).toISOString()] : []))
    .sort()
  const itemId = variant.inventory_items?.[0]?.inventory_item_id
  const [level] = itemId
    ? await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
    : []
  return {
    number: formatPurchaseOrderNumber(order!.display_number),
    status: PURCHASE_ORDER_STATUS_LABELS[order!.status as PurchaseOrderStatus],
    supplier_company: context.supplier_company.name,
    supplier_email: context.supplier_email,
    line: {
      variant: `${variant.product?.title ?? ""} / ${variant.title} (${DEMO_PURCHASE_ORDER_LINE.sku})`,
      quantity: DEMO_PURCHASE_ORDER_LINE.quantity,
      unit_cost: DEMO_PURCHASE_ORDER_LINE.unit_cost,
    },
    promised_at: promisedDates[0]?.slice(0, 10) ?? null,
    incoming_quantity: Number(level?.incoming_quantity ?? 0),
  }
}
