import { Button, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { Conversation } from "../../hooks/conversations"
import { formatDateTime } from "../../lib/format"
import { RecordHeader, TextLink } from "../common/record-header"
import { companyPath } from "../companies/paths"
import { companyConversationsPath } from "./paths"

/** One fact in the header: a small label over its value, which may be a link. */
const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex min-w-0 flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className="break-words">
      {children}
    </Text>
  </div>
)

/** The subject, who started it when, the company, and the way to the company's other threads. */
export const ConversationHeader = ({ conversation }: { conversation: Conversation }) => (
  <RecordHeader
    heading={conversation.subject}
    status={null}
    subtitle={
      <>
        Started {formatDateTime(conversation.created_at)} by{" "}
        {conversation.started_by === "staff" ? "staff" : "a contact"}
      </>
    }
    actions={
      <Button size="small" variant="secondary" asChild>
        <Link to={companyConversationsPath(conversation.company.id)}>
          All of {conversation.company.name}
        </Link>
      </Button>
    }
  >
    <div className="grid grid-cols-2 gap-4 md:grid-cols-3">
      <Fact label="Company">
        <TextLink to={companyPath(conversation.company.id)}>{conversation.company.name}</TextLink>
      </Fact>
      <Fact label="Messages">{conversation.message_count}</Fact>
      <Fact label="Last message">{formatDateTime(conversation.last_message_at)}</Fact>
    </div>
  </RecordHeader>
)
