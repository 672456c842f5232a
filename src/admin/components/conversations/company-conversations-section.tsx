import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import type { Company } from "../../hooks/companies"
import { useConversations } from "../../hooks/conversations"
import { formatDateTime } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"
import { companyConversationsPath, conversationPath } from "./paths"
import { StartConversationDrawer } from "./start-conversation-drawer"
import { UnreadBadge } from "./unread-badge"

const SHOWN = 5

/**
 * The company's conversations, the latest message first, each with its unread count; Start a
 * conversation, and the way to all of them.
 */
export const CompanyConversationsSection = ({ company }: { company: Company }) => {
  const navigate = useNavigate()
  const [starting, setStarting] = useState(false)
  const conversations = useConversations({ limit: SHOWN, offset: 0, company_id: company.id })
  const count = conversations.data?.count ?? 0
  return (
    <Container className="divide-y p-0" aria-labelledby="company-conversations-heading">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="company-conversations-heading">
            Conversations
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Threads with its contacts, on any topic.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          className="shrink-0"
          onClick={() => setStarting(true)}
        >
          <Plus />
          Start a conversation
        </Button>
      </div>
      {conversations.isPending ? (
        <SectionLoading />
      ) : conversations.isError ? (
        <SectionError
          what="The conversations"
          error={conversations.error}
          onRetry={conversations.refetch}
        />
      ) : conversations.data.conversations.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No conversations yet.
        </Text>
      ) : (
        <ul className="divide-y" aria-label={`Conversations with ${company.name}`}>
          {conversations.data.conversations.map((conversation) => (
            <li
              key={conversation.id}
              className="flex items-start justify-between gap-x-3 px-6 py-3"
            >
              <div className="flex min-w-0 flex-col">
                <Link
                  to={conversationPath(conversation.id)}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus truncate"
                  title={conversation.subject}
                >
                  {conversation.subject}
                </Link>
                <Text
                  size="small"
                  className="text-ui-fg-subtle truncate"
                  title={conversation.last_message_preview}
                >
                  {conversation.last_message_preview}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Last message {formatDateTime(conversation.last_message_at)}
                </Text>
              </div>
              <UnreadBadge count={conversation.unread_count} />
            </li>
          ))}
        </ul>
      )}
      {count > 0 && (
        <div className="flex items-center justify-between gap-x-2 px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {count > SHOWN ? `${SHOWN} of ${count} shown.` : `${count} in all.`}
          </Text>
          <Link
            to={companyConversationsPath(company.id)}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
          >
            All conversations
          </Link>
        </div>
      )}
      <StartConversationDrawer
        company={company}
        open={starting}
        onOpenChange={setStarting}
        onStarted={(id) => navigate(conversationPath(id))}
      />
    </Container>
  )
}
