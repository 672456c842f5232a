import { StatusBadge } from "@medusajs/ui"
import type { WorkRequestStatus } from "../../../shared/work-requests"

/** The words staff read for a request's status. */
export const WORK_REQUEST_STATUS_LABELS: Record<WorkRequestStatus, string> = {
  new: "New",
  in_progress: "In progress",
  waiting_on_client: "Waiting on client",
  closed: "Closed",
}

const COLORS: Record<WorkRequestStatus, "blue" | "orange" | "purple" | "grey"> = {
  new: "blue",
  in_progress: "orange",
  waiting_on_client: "purple",
  closed: "grey",
}

export const WorkRequestStatusBadge = ({ status }: { status: WorkRequestStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>
    {WORK_REQUEST_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
