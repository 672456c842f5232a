/** A quote's staff replies the contact has not read yet; nothing when there are none. */
export function UnreadBadge({ count }: { count: number }) {
  if (!count) return null
  return (
    <span className="badge unread" data-testid="unread-badge">
      {count} new {count === 1 ? "reply" : "replies"}
    </span>
  )
}
