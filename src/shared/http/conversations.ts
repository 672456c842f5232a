import type { ConversationSide } from "../conversations"
import type { PaginatedResponse } from "./common"

/** Someone who takes part in a thread (docs/ARCHITECTURE.md, "Conversations"). */
export type PortalConversationParticipant = {
  side: ConversationSide
  id: string
  name: string | null
}

/** One message of a thread. */
export type PortalConversationMessage = {
  id: string
  author_type: ConversationSide
  author_name: string | null
  body: string
  created_at: string
}

/** What a list shows of a thread, with the reader's own unread count. */
export type PortalConversationSummary = {
  id: string
  subject: string
  /** Who started it. */
  started_by: ConversationSide
  created_at: string
  last_message_at: string
  /** The last message's first words. */
  last_message_preview: string
  message_count: number
  /** Messages of the other side since the reader last opened the thread. */
  unread_count: number
}

export type StorePortalConversation = PortalConversationSummary & {
  participants: PortalConversationParticipant[]
  messages: PortalConversationMessage[]
}

export type AdminPortalConversationSummary = PortalConversationSummary & {
  company: { id: string; name: string }
}

export type AdminPortalConversation = StorePortalConversation & {
  company: { id: string; name: string }
}

export type StorePortalConversationListResponse = PaginatedResponse<{
  conversations: PortalConversationSummary[]
}>
export type StorePortalConversationResponse = { conversation: StorePortalConversation }
export type AdminPortalConversationListResponse = PaginatedResponse<{
  conversations: AdminPortalConversationSummary[]
}>
export type AdminPortalConversationResponse = { conversation: AdminPortalConversation }

export type StoreListPortalConversationsParams = {
  limit?: number
  offset?: number
  /** `true`: only threads with messages the reader has not read. */
  unread?: "true" | "false"
}

export type AdminListPortalConversationsParams = StoreListPortalConversationsParams & {
  company_id?: string
}

/**
 * A contact starts a thread with the merchant, while the merchant lets clients start threads
 * (`clients_may_start_conversations`); else 403 and contacts only reply.
 */
export type StoreCreatePortalConversationBody = { subject: string; body: string }

/**
 * Staff start a thread with a company: its first message and the contacts who take part
 * (by default every contact of the company who may see conversations).
 */
export type AdminCreatePortalConversationBody = {
  subject: string
  body: string
  contact_ids?: string[]
}

/** A reply, from a contact or from staff. */
export type PortalConversationMessageBody = { body: string }
