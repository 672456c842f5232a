import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { clx, createDataTableColumnHelper, Label, Switch } from "@medusajs/ui"
import { useMemo } from "react"
import {
  ListPage,
  useListState,
  useListTable,
  useUrlFilter,
} from "../../components/common/list-page"
import { CompanyFilter } from "../../components/conversations/company-filter"
import { conversationPath } from "../../components/conversations/paths"
import { UnreadBadge } from "../../components/conversations/unread-badge"
import { type ConversationSummary, useConversations } from "../../hooks/conversations"
import { usePortalSettings } from "../../hooks/portal-settings"
import { formatDateTime } from "../../lib/format"

const NO_MATCH = {
  heading: "No matching conversations",
  description: "No conversation matches the filters.",
}

const columnHelper = createDataTableColumnHelper<ConversationSummary>()

const columns = [
  columnHelper.accessor("subject", {
    header: "Subject",
    cell: ({ row }) => {
      const { subject, unread_count } = row.original
      return (
        <span className="flex items-center gap-x-2">
          <span
            className={clx(
              "block max-w-[280px] truncate",
              unread_count > 0 && "text-ui-fg-base font-medium"
            )}
            title={subject}
          >
            {subject}
          </span>
          <UnreadBadge count={unread_count} />
        </span>
      )
    },
  }),
  columnHelper.display({
    id: "company",
    header: "Company",
    cell: ({ row }) => row.original.company.name,
  }),
  columnHelper.accessor("last_message_preview", {
    header: "Last message",
    cell: ({ getValue }) => (
      <span className="text-ui-fg-subtle block max-w-[320px] truncate" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  columnHelper.accessor("message_count", {
    header: "Messages",
  }),
  columnHelper.accessor("last_message_at", {
    header: "Last activity",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/**
 * The threads between the companies' contacts and staff, the latest message first, each with
 * the signed-in staff member's unread count; "Unread only" and a company narrow it.
 */
const ConversationsPage = () => {
  const list = useListState()
  const [unreadParam, setUnread] = useUrlFilter("unread", list)
  const [companyId, setCompany] = useUrlFilter("company_id", list)
  const settings = usePortalSettings()
  const featureOff = settings.data && !settings.data.settings.conversations_enabled
  const unread = unreadParam === "true"

  const params = useMemo(
    () => ({
      ...list.page,
      unread: unread ? ("true" as const) : undefined,
      company_id: companyId ?? undefined,
    }),
    [list.page, unread, companyId]
  )
  const query = useConversations(params)
  const table = useListTable({
    list,
    columns,
    rows: query.data?.conversations,
    count: query.data?.count,
    isLoading: query.isPending,
    pathOf: conversationPath,
  })

  return (
    <ListPage
      table={table}
      heading="Conversations"
      description={
        featureOff
          ? "Conversations are off in the Client Portal settings: contacts do not see them."
          : "Threads with your customers' contacts, on any topic."
      }
      toolbar={
        <>
          <CompanyFilter companyId={companyId} onChange={setCompany} />
          <div className="flex items-center gap-x-2">
            <Switch
              id="conversations-unread"
              checked={unread}
              onCheckedChange={(checked) => setUnread(checked ? "true" : null)}
            />
            <Label htmlFor="conversations-unread" size="small">
              Unread only
            </Label>
          </div>
        </>
      }
      query={query}
      what="The conversations"
      empty={
        !unread && !companyId
          ? {
              heading: "No conversations yet",
              description:
                "Start one from a company's page; threads contacts start in the portal appear here too.",
            }
          : NO_MATCH
      }
      filtered={NO_MATCH}
    />
  )
}

export const config = defineRouteConfig({ label: "Conversations", icon: ChatBubbleLeftRight })

export const handle = { breadcrumb: () => "Conversations" }

export default ConversationsPage
