import type { ProcurementEvent } from "../../hooks/purchase-orders"
import { formatMoney } from "../../lib/format"
import { Timeline } from "../common/timeline"

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined)

const units = (data: Record<string, unknown>) => {
  const lines = Array.isArray(data.lines) ? (data.lines as Array<{ quantity?: unknown }>) : []
  const total = lines.reduce((sum, line) => sum + (Number(line.quantity) || 0), 0)
  return total ? `${total} ${total === 1 ? "unit" : "units"}` : undefined
}

/** What happened, in words a merchant reads at a glance. */
function describe(
  event: ProcurementEvent,
  currencyCode: string
): { title: string; detail?: string } {
  const data = event.data ?? {}
  const bill = text(data.bill_number) ? ` ${String(data.bill_number)}` : ""
  switch (event.type) {
    case "created":
      return { title: "Purchase order created" }
    case "updated":
      return {
        title:
          data.line_count !== undefined && data.notes
            ? "Lines and notes changed"
            : data.line_count !== undefined
              ? "Lines changed"
              : "Notes changed",
      }
    case "sent":
      return {
        title:
          data.from === "change_requested"
            ? "Revised order sent to the supplier"
            : "Sent to the supplier",
      }
    case "acknowledged":
      return { title: "Acknowledged by the supplier", detail: text(data.note) }
    case "change_requested":
      return { title: "The supplier asked for a change", detail: text(data.message) }
    case "change_declined":
      return { title: "Change declined", detail: text(data.message) }
    case "received":
      return { title: "Goods received", detail: units(data) }
    case "cancelled":
      return { title: "Cancelled", detail: text(data.reason) }
    case "bill_submitted":
      return {
        title: `Bill${bill} submitted`,
        detail:
          data.amount != null && Number.isFinite(Number(data.amount))
            ? formatMoney(Number(data.amount), currencyCode)
            : undefined,
      }
    case "bill_approved":
      return { title: `Bill${bill} approved` }
    case "bill_rejected":
      return { title: `Bill${bill} rejected`, detail: text(data.reason) }
    case "bill_paid":
      return { title: `Bill${bill} paid` }
    default:
      return { title: event.type.replace(/_/g, " ") }
  }
}

const ACTOR = { staff: "Staff", supplier: "Supplier", system: "System" } as const

/** The PO's timeline, its bills' events included, newest first. */
export const ProcurementTimeline = ({
  events,
  currencyCode,
}: {
  events: ProcurementEvent[]
  currencyCode: string
}) => {
  const entries = [...events]
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
    .reverse()
    .map((event) => ({
      id: event.id,
      created_at: event.created_at,
      actor: ACTOR[event.actor_type] ?? event.actor_type,
      ...describe(event, currencyCode),
    }))
  return <Timeline entries={entries} label="Purchase order timeline" preserveLineBreaks />
}
