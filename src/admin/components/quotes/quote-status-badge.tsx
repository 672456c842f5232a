import { StatusBadge } from "@medusajs/ui"
import type { QuoteStatus } from "../../hooks/quotes"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const STATUS_LOOK: Record<QuoteStatus, { label: string; color: BadgeColor }> = {
  requested: { label: "Requested", color: "orange" },
  draft: { label: "Draft", color: "grey" },
  sent: { label: "Sent", color: "blue" },
  viewed: { label: "Viewed", color: "purple" },
  accepted: { label: "Accepted", color: "green" },
  declined: { label: "Declined", color: "red" },
  expired: { label: "Expired", color: "orange" },
  cancelled: { label: "Cancelled", color: "grey" },
}

export const quoteStatusLabel = (status: QuoteStatus) => STATUS_LOOK[status]?.label ?? status

export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => {
  const look = STATUS_LOOK[status] ?? { label: status, color: "grey" as const }
  return <StatusBadge color={look.color}>{look.label}</StatusBadge>
}
