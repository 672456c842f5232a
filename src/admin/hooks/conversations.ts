import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalConversationBody,
  AdminListPortalConversationsParams,
  AdminPortalConversationListResponse,
  AdminPortalConversationResponse,
  PortalConversationMessageBody,
} from "../../shared/http/conversations"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The admin's names for the conversation routes' shapes (src/shared/http/conversations.ts). */
export type {
  AdminPortalConversation as Conversation,
  AdminPortalConversationSummary as ConversationSummary,
  AdminCreatePortalConversationBody as StartConversationBody,
  PortalConversationMessage as ConversationMessage,
  PortalConversationParticipant as ConversationParticipant,
} from "../../shared/http/conversations"

/** A page of threads: the list page and the company's section set limit and offset. */
export type ConversationListParams = AdminListPortalConversationsParams & {
  limit: number
  offset: number
}

const BASE = "/admin/portal/conversations"

export const conversationKeys = queryKeysFactory("conversations")

/** The threads, the latest message first; `unread` keeps those with contacts' unread messages. */
export function useConversations(params: ConversationListParams) {
  return useQuery({
    queryKey: conversationKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalConversationListResponse>(BASE, {
        query: {
          limit: params.limit,
          offset: params.offset,
          unread: params.unread === "true" ? "true" : undefined,
          company_id: params.company_id || undefined,
        },
      }),
    placeholderData: keepPreviousData,
    // Contacts write at any time: a list shown again asks for the unread counts again.
    staleTime: 0,
  })
}

/**
 * One thread. Reading it marks it read for the signed-in staff member, so every list (whose
 * unread counts it changed) reloads once it has loaded.
 */
export function useConversation(id: string) {
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: async () => {
      const data = await sdk.client.fetch<AdminPortalConversationResponse>(`${BASE}/${id}`)
      void queryClient.invalidateQueries({ queryKey: conversationKeys.lists() })
      return data
    },
    select: (data) => data.conversation,
    // Each visit reads it again: new messages show, and it is marked read.
    staleTime: 0,
  })
}

/**
 * After a write: the answer is the thread as it is now, so its page shows it at once, and the
 * lists (last message, order) reload.
 */
function useSettle() {
  const queryClient = useQueryClient()
  return {
    onSuccess: (data: AdminPortalConversationResponse) =>
      queryClient.setQueryData(conversationKeys.detail(data.conversation.id), data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: conversationKeys.lists() }),
  }
}

/** Staff start a thread with the company: subject, first message, the contacts who take part. */
export function useStartConversation(companyId: string) {
  return useMutation({
    mutationFn: (body: AdminCreatePortalConversationBody) =>
      sdk.client.fetch<AdminPortalConversationResponse>(
        `/admin/portal/companies/${companyId}/conversations`,
        { method: "POST", body }
      ),
    ...useSettle(),
  })
}

/** A staff reply in the thread. */
export function useReplyToConversation(id: string) {
  return useMutation({
    mutationFn: (body: PortalConversationMessageBody) =>
      sdk.client.fetch<AdminPortalConversationResponse>(`${BASE}/${id}/messages`, {
        method: "POST",
        body,
      }),
    ...useSettle(),
  })
}
