import type { QuoteDetail, QuoteEvent } from "../../hooks/quotes"
import { formatMoney } from "../../lib/format"
import { Timeline } from "../common/timeline"

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What happened, in words a merchant reads at a glance. */
function describeEvent(
  event: QuoteEvent,
  earlierSends: number
): { title: string; detail?: string } {
  const data = event.data ?? {}
  switch (event.type) {
    case "created":
      return { title: "Quote created" }
    case "updated": {
      if (typeof data.items === "string") return { title: `Items ${data.items}` }
      const fields = Array.isArray(data.fields) ? (data.fields as string[]) : []
      return {
        title: "Quote updated",
        detail: fields.length ? `Changed: ${fields.join(", ").replace(/_/g, " ")}` : undefined,
      }
    }
    case "sent":
      return earlierSends
        ? { title: "Link re-issued and sent", detail: "Earlier links stopped working." }
        : { title: "Sent to the buyer" }
    case "link_revoked":
      return { title: "Link revoked" }
    case "viewed":
      return { title: "Viewed by the buyer" }
    case "selection_changed": {
      const ids = Array.isArray(data.selected_item_ids) ? data.selected_item_ids : []
      return {
        title: "Buyer changed the selection",
        detail: `${count(ids.length, "optional item", "optional items")} selected`,
      }
    }
    case "accepted":
      return data.signer_name
        ? { title: "Signed and accepted", detail: `Signed by ${String(data.signer_name)}` }
        : { title: "Accepted by the buyer" }
    case "declined":
      return {
        title: "Declined by the buyer",
        detail: data.reason ? `Reason: ${String(data.reason)}` : undefined,
      }
    case "expired":
      return { title: "Expired" }
    case "cancelled":
      return { title: "Cancelled" }
    case "duplicated":
      return data.from_number
        ? { title: `Copied from ${String(data.from_number)}` }
        : { title: `Copied to ${String(data.to_number ?? "a new quote")}` }
    case "message":
      return { title: event.actor_type === "customer" ? "Buyer wrote a message" : "Staff replied" }
    case "order_created":
      return { title: `Order #${String(data.display_id ?? "")} created` }
    case "invoice_issued":
    case "invoice_paid":
      return {
        title: `${data.kind === "balance" ? "Balance" : "Deposit"} invoice ${String(data.number ?? "")} ${event.type === "invoice_paid" ? "paid" : "issued"}`,
        detail:
          typeof data.amount === "number" && typeof data.currency_code === "string"
            ? formatMoney(data.amount, data.currency_code)
            : undefined,
      }
    default:
      return { title: event.type.replace(/_/g, " ") }
  }
}

const ACTOR = { customer: "Buyer", staff: "Staff", system: "System" } as const

export const QuoteTimeline = ({ quote }: { quote: QuoteDetail }) => {
  let sends = 0
  const entries = quote.events.map((event) => {
    const described = describeEvent(event, sends)
    if (event.type === "sent") sends++
    return {
      id: event.id,
      created_at: event.created_at,
      actor: ACTOR[event.actor_type] ?? event.actor_type,
      ...described,
    }
  })
  // Newest first, as the admin's own order timeline reads.
  entries.reverse()
  return <Timeline entries={entries} label="Quote timeline" />
}
