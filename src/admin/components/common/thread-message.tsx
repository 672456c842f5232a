import { Badge, clx, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"

type ThreadMessageProps = {
  message: {
    author_type: "customer" | "staff"
    author_name: string | null
    body: string
    created_at: string
  }
}

/**
 * One message of a thread with a company (a work request's, a conversation's): a contact's
 * on the left, staff's on the right in another colour; its author and time; the body as
 * plain text, its line breaks kept (never HTML).
 */
export const ThreadMessage = ({ message }: ThreadMessageProps) => {
  const fromStaff = message.author_type === "staff"
  return (
    <li
      className={clx(
        "flex max-w-[85%] flex-col gap-y-1 rounded-lg border px-3 py-2",
        fromStaff
          ? "bg-ui-bg-highlight border-ui-border-interactive/30 self-end"
          : "bg-ui-bg-component self-start"
      )}
      data-author={message.author_type}
    >
      <div className="flex flex-wrap items-center gap-x-2">
        <Badge size="2xsmall" color={fromStaff ? "blue" : "grey"}>
          {fromStaff ? "Staff" : "Contact"}
        </Badge>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {message.author_name || (fromStaff ? "A former staff member" : "A former contact")} ·{" "}
          <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
        </Text>
      </div>
      <Text size="small" className="whitespace-pre-wrap break-words">
        {message.body}
      </Text>
    </li>
  )
}
