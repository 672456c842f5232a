import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refusal, type RefusalValues } from "../../../lib/refusal"
import type { RefusalKey } from "../../../lib/i18n"
import type { MemberAccess } from "../../../shared/permissions"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "../../../shared/procurement"
import { SUPPLIER_EVENTS } from "./notify-procurement-staff"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import {
  claimSupplierPurchaseOrderStatusStep,
  loadSupplierPurchaseOrderStep,
  setPromisedDatesStep,
  type SupplierPurchaseOrder,
} from "../steps/supplier-purchase-order"

export type AcknowledgePurchaseOrderInput = {
  id: string
  access: MemberAccess
  /** One promised date ("YYYY-MM-DD") for every line of the PO. */
  lines: Array<{ line_id: string; promised_at: string }>
  note?: string | null
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "2026-12-01" as that day's UTC midnight, or null when it is no calendar date. */
export function parseCalendarDate(text: string): Date | null {
  const match = ISO_DATE.exec(text)
  if (!match) return null
  const date = new Date(`${text}T00:00:00.000Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date
}

const invalid = (key: RefusalKey, values?: RefusalValues) =>
  refusal(MedusaError.Types.INVALID_DATA, key, values)

/**
 * The promised dates to write: every line of the PO exactly once, each a
 * calendar date not before today (UTC). Anything else is a 400 naming the problem.
 */
export function promisedDates(
  order: Pick<SupplierPurchaseOrder, "number" | "lines">,
  lines: AcknowledgePurchaseOrderInput["lines"],
  today: Date
): Array<{ line_id: string; promised_at: string }> {
  const known = new Set(order.lines.map((line) => line.id))
  const seen = new Set<string>()
  const todayText = today.toISOString().slice(0, 10)
  const result = lines.map((line) => {
    if (!known.has(line.line_id)) {
      throw invalid("procurement.acknowledgement.line_not_on_order", {
        line: line.line_id,
        number: order.number,
      })
    }
    if (seen.has(line.line_id)) {
      throw invalid("procurement.acknowledgement.line_twice", { line: line.line_id })
    }
    seen.add(line.line_id)
    const date = parseCalendarDate(line.promised_at)
    if (!date) {
      throw invalid("procurement.acknowledgement.not_a_date", { value: line.promised_at })
    }
    if (line.promised_at < todayText) {
      throw invalid("procurement.acknowledgement.in_the_past", {
        date: line.promised_at,
        today: todayText,
      })
    }
    return { line_id: line.line_id, promised_at: line.promised_at }
  })
  if (seen.size !== known.size) {
    throw invalid("procurement.acknowledgement.every_line", { number: order.number })
  }
  return result
}

const validateAcknowledgementStep = createStep(
  "portal-validate-po-acknowledgement",
  async (input: {
    order: SupplierPurchaseOrder
    lines: AcknowledgePurchaseOrderInput["lines"]
    note?: string | null
  }) => {
    if (input.note && input.note.length > MAX_PROCUREMENT_MESSAGE_LENGTH) {
      throw invalid("procurement.acknowledgement.note_too_long", {
        max: MAX_PROCUREMENT_MESSAGE_LENGTH,
      })
    }
    return new StepResponse(promisedDates(input.order, input.lines ?? [], new Date()))
  }
)

/**
 * A supplier contact acknowledges a sent purchase order with a promised date
 * per line (docs/ARCHITECTURE.md, "Procurement"): sent → acknowledged, the dates
 * on the lines, an `acknowledged` event by the contact, and the `po_acknowledged`
 * staff alert once it committed.
 */
export const acknowledgePurchaseOrderWorkflow = createWorkflow(
  "portal-acknowledge-purchase-order",
  (input: AcknowledgePurchaseOrderInput) => {
    const order = loadSupplierPurchaseOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        access: input.access,
        permission: "purchase_orders.acknowledge" as const,
      }))
    )
    const dates = validateAcknowledgementStep(
      transform({ order, input }, ({ order, input }) => ({
        order,
        lines: input.lines,
        note: input.note,
      }))
    )
    claimSupplierPurchaseOrderStatusStep(
      transform({ order }, ({ order }) => ({ order, to: "acknowledged" as const }))
    )
    setPromisedDatesStep(
      transform({ order, dates }, ({ order, dates }) => ({ lines: dates, previous: order.lines }))
    )
    recordProcurementEventsStep(
      transform({ order, dates, input }, ({ order, dates, input }) => [
        {
          purchase_order_id: order.id,
          type: "acknowledged" as const,
          actor_type: "supplier" as const,
          actor_id: input.access.customer_id,
          data: {
            note: input.note || null,
            lines: dates.map((line) => ({
              line_id: line.line_id,
              promised_at: line.promised_at,
            })),
          },
        },
      ])
    )
    emitEventStep({
      eventName: SUPPLIER_EVENTS.PURCHASE_ORDER_ACKNOWLEDGED,
      data: transform({ order }, ({ order }) => ({ id: order.id })),
    })
    return new WorkflowResponse(transform({ order }, ({ order }) => ({ id: order.id })))
  }
)
