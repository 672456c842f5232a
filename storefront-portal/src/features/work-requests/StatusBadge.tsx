import type { WorkRequestStatus } from "@shared/work-requests"
import { useT } from "../../lib/i18n"

/**
 * A request's status as a badge; "Waiting on client" stands out, since the request waits for
 * the contact's answer.
 */
export function StatusBadge({ status }: { status: WorkRequestStatus }) {
  const t = useT("work-requests")
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
}

/** What a request waiting on the client says beside its status. */
export function NeedsAnswer({ status }: { status: WorkRequestStatus }) {
  const t = useT("work-requests")
  if (status !== "waiting_on_client") return null
  return <span className="needs-answer">{t("needs_answer")}</span>
}
