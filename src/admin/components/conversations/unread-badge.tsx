import { Badge } from "@medusajs/ui"

/** How many of the contacts' messages the signed-in staff member has not read; nothing at 0. */
export const UnreadBadge = ({ count }: { count: number }) =>
  count > 0 ? (
    <Badge size="2xsmall" color="blue" className="shrink-0" data-testid="conversation-unread">
      {count} unread
    </Badge>
  ) : null
