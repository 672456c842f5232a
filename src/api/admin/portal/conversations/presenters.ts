import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { ACCOUNTS_MODULE } from "../../../../modules/accounts"
import type AccountsModuleService from "../../../../modules/accounts/service"
import { COLLABORATION_MODULE } from "../../../../modules/collaboration"
import type CollaborationModuleService from "../../../../modules/collaboration/service"
import type { ConversationDTO, ConversationReader } from "../../../../modules/collaboration/service"
import type { ConversationSide } from "../../../../shared/conversations"
import type {
  AdminPortalConversation,
  AdminPortalConversationListResponse,
  PortalConversationSummary,
  StorePortalConversation,
  StorePortalConversationListResponse,
} from "../../../../shared/http"

/**
 * Conversations as a company's contacts and staff read them (docs/ARCHITECTURE.md,
 * "Conversations"): each reader's unread count is their own (messages of the other side
 * since they last opened the thread); staff also see the company.
 */

const FIELDS = [
  "id",
  "company_id",
  "subject",
  "started_by_type",
  "created_at",
  "last_message_at",
  "last_message_preview",
] as const
type Row = Pick<ConversationDTO, (typeof FIELDS)[number]>

const iso = (value: Date | string) => new Date(value).toISOString()
const collaborationOf = (scope: MedusaContainer) =>
  scope.resolve<CollaborationModuleService>(COLLABORATION_MODULE)

function summary(row: Row, counts?: { total: number; unread: number }): PortalConversationSummary {
  return {
    id: row.id,
    subject: row.subject,
    started_by: row.started_by_type as ConversationSide,
    created_at: iso(row.created_at),
    last_message_at: iso(row.last_message_at),
    last_message_preview: row.last_message_preview,
    message_count: counts?.total ?? 0,
    unread_count: counts?.unread ?? 0,
  }
}

async function companyNames(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return {} as Record<string, string>
  const accounts: AccountsModuleService = scope.resolve(ACCOUNTS_MODULE)
  const companies = await accounts.listPortalCompanies(
    { id: [...new Set(ids)] },
    { select: ["id", "name"] }
  )
  return Object.fromEntries(companies.map((company) => [company.id, company.name as string]))
}

/** A page of threads, the latest message first, as `reader` sees them. */
export async function listConversations<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: { company_id?: string; unread?: boolean },
  page: { limit: number; offset: number },
  reader: ConversationReader,
  audience: A
): Promise<
  A extends "admin" ? AdminPortalConversationListResponse : StorePortalConversationListResponse
> {
  const collaboration = collaborationOf(scope)
  const { ids, count } = await collaboration.pageConversations({ reader, ...filters, ...page })
  const [rows, counts] = await Promise.all([
    ids.length
      ? collaboration.listConversations({ id: ids }, { select: [...FIELDS] })
      : Promise.resolve([]),
    collaboration.countConversationMessages(ids, reader),
  ])
  const byId = new Map(rows.map((row) => [row.id, row]))
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  const conversations = ordered.map((row) => summary(row, counts[row.id]))
  if (audience === "store") return { conversations, count, ...page } as never
  const names = await companyNames(
    scope,
    ordered.map((row) => row.company_id)
  )
  return {
    conversations: conversations.map((conversation, index) => ({
      ...conversation,
      company: { id: ordered[index].company_id, name: names[ordered[index].company_id] ?? "" },
    })),
    count,
    ...page,
  } as never
}

const fullName = (person: { first_name?: string | null; last_name?: string | null }) =>
  [person.first_name, person.last_name].filter(Boolean).join(" ") || null

/** Everyone named in a thread: its participants and its messages' authors. */
async function names(scope: MedusaContainer, customers: string[], users: string[]) {
  const [contacts, staff] = await Promise.all([
    customers.length
      ? scope
          .resolve(Modules.CUSTOMER)
          .listCustomers(
            { id: [...new Set(customers)] },
            { select: ["id", "first_name", "last_name"] }
          )
      : [],
    users.length
      ? scope
          .resolve(Modules.USER)
          .listUsers({ id: [...new Set(users)] }, { select: ["id", "first_name", "last_name"] })
      : [],
  ])
  return {
    customer: Object.fromEntries(contacts.map((person) => [person.id, fullName(person)])),
    staff: Object.fromEntries(staff.map((person) => [person.id, fullName(person)])),
  } as Record<ConversationSide, Record<string, string | null>>
}

/**
 * One thread with its participants and messages, as `reader` sees it (404 when
 * `company_id` is given and it is another company's).
 */
export async function fetchConversation<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: { id: string; company_id?: string },
  reader: ConversationReader,
  audience: A
): Promise<A extends "admin" ? AdminPortalConversation : StorePortalConversation> {
  const collaboration = collaborationOf(scope)
  const [row] = await collaboration.listConversations(
    { id: filters.id, ...(filters.company_id ? { company_id: filters.company_id } : {}) },
    { select: [...FIELDS], take: 1 }
  )
  if (!row) {
    throw refusal(MedusaError.Types.NOT_FOUND, "conversations.not_found", { id: filters.id })
  }
  const [messages, participants, counts] = await Promise.all([
    collaboration.listConversationMessages(
      { conversation_id: row.id },
      {
        select: ["id", "author_type", "author_id", "body", "created_at"],
        order: { created_at: "ASC", id: "ASC" },
      }
    ),
    collaboration.listConversationParticipants(
      { conversation_id: row.id },
      { select: ["id", "side", "participant_id", "created_at"], order: { created_at: "ASC" } }
    ),
    collaboration.countConversationMessages([row.id], reader),
  ])
  const ids = (side: ConversationSide) => [
    ...participants.flatMap((p) => (p.side === side ? [p.participant_id] : [])),
    ...messages.flatMap((m) => (m.author_type === side ? [m.author_id] : [])),
  ]
  const named = await names(scope, ids("customer"), ids("staff"))
  const conversation: StorePortalConversation = {
    ...summary(row, counts[row.id]),
    participants: participants.map((participant) => ({
      side: participant.side as ConversationSide,
      id: participant.participant_id,
      name: named[participant.side as ConversationSide][participant.participant_id] ?? null,
    })),
    messages: messages.map((message) => ({
      id: message.id,
      author_type: message.author_type as ConversationSide,
      author_name: named[message.author_type as ConversationSide][message.author_id] ?? null,
      body: message.body,
      created_at: iso(message.created_at),
    })),
  }
  if (audience === "store") return conversation as never
  const company = await companyNames(scope, [row.company_id])
  return {
    ...conversation,
    company: { id: row.company_id, name: company[row.company_id] ?? "" },
  } as never
}

/** Opening a thread reads it up to the newest message shown, for this reader only. */
export async function readConversation(
  scope: MedusaContainer,
  conversation: { id: string; messages: { id: string }[] },
  reader: ConversationReader
) {
  const newest = conversation.messages.at(-1)
  if (!newest) return
  await collaborationOf(scope).markConversationRead({
    conversation_id: conversation.id,
    reader,
    message_id: newest.id,
  })
}
