import type {
  PortalConversationMessageBody,
  StoreCreatePortalConversationBody,
  StoreListPortalConversationsParams,
  StorePortalConversationListResponse,
  StorePortalConversationResponse,
} from "@shared/http/conversations"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { memberFetch } from "../member-api"
import { listQuery, type ListOptions } from "./lists"

// The active company's conversations with the merchant's staff (docs/ARCHITECTURE.md,
// "Conversations"): topic-based threads, not tied to a quote. Opening a thread marks it read
// for this contact on the server, so loading one refreshes the lists' unread counts; a company
// switch resets these queries.

/** A list's page, and `unread: true` for only the threads with messages the contact has not read. */
export type ConversationQuery = Omit<StoreListPortalConversationsParams, "unread"> & {
  unread?: boolean
}

export const conversationKeys = {
  all: ["conversations"] as const,
  lists: () => [...conversationKeys.all, "list"] as const,
  list: (query: ConversationQuery) => [...conversationKeys.lists(), query] as const,
  details: () => [...conversationKeys.all, "detail"] as const,
  detail: (id: string) => [...conversationKeys.details(), id] as const,
}

const conversationPath = (id: string) => `/store/portal/conversations/${encodeURIComponent(id)}`

/** A reply in a conversation. */
export type ConversationReply = { conversationId: string } & PortalConversationMessageBody

export const conversations = {
  list: ({ unread, ...page }: ConversationQuery) => {
    const query: StoreListPortalConversationsParams = unread ? { ...page, unread: "true" } : page
    return memberFetch<StorePortalConversationListResponse>("/store/portal/conversations", {
      query,
    })
  },
  retrieve: (id: string) => memberFetch<StorePortalConversationResponse>(conversationPath(id)),
  create: (body: StoreCreatePortalConversationBody) =>
    memberFetch<StorePortalConversationResponse>("/store/portal/conversations", {
      method: "POST",
      body,
    }),
  reply: ({ conversationId, body }: ConversationReply) =>
    memberFetch<StorePortalConversationResponse>(`${conversationPath(conversationId)}/messages`, {
      method: "POST",
      body: { body },
    }),
}

/** A page of conversations, latest activity first; the previous page stays shown meanwhile. */
export const useConversations = (query: ConversationQuery, options?: ListOptions) =>
  useQuery(listQuery(conversationKeys.list(query), () => conversations.list(query), options))

/**
 * One conversation. The server marks it read for this contact as it answers, so each load
 * refreshes the lists (their unread counts) once the answer is here.
 */
export function useConversation(id: string) {
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: async () => {
      const answer = await conversations.retrieve(id)
      // Not awaited: the page shows the thread at once, the lists follow.
      void queryClient.invalidateQueries({ queryKey: conversationKeys.lists() })
      return answer
    },
  })
}

/** Whatever changed a conversation answers it whole: its page shows that, the lists follow. */
function useConversationMutation<V>(
  mutationFn: (variables: V) => Promise<StorePortalConversationResponse>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: ({ conversation }) => {
      queryClient.setQueryData(conversationKeys.detail(conversation.id), { conversation })
      void queryClient.invalidateQueries({ queryKey: conversationKeys.lists() })
    },
  })
}

/** Starts a conversation (while the merchant lets clients start them). */
export const useStartConversation = () => useConversationMutation(conversations.create)

/** A reply in a conversation's thread. */
export const useReplyToConversation = () => useConversationMutation(conversations.reply)
