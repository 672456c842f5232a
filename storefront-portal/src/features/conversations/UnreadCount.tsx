import { useT } from "../../lib/i18n"

/** A thread's messages the contact has not read yet ("2 new"); nothing when there are none. */
export function UnreadCount({ count }: { count: number }) {
  const t = useT("conversations")
  if (!count) return null
  return <span className="badge unread">{t("unread", { count })}</span>
}
