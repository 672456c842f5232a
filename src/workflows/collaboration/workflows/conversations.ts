import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberAccess } from "../../../shared/permissions"
import {
  addConversationMessageStep,
  assertClientsMayStartStep,
  joinConversationStep,
  loadConversationStep,
  resolveConversationContactsStep,
  startConversationStep,
} from "../steps/conversations"

/**
 * A message in a conversation (its first one too): a contact's alerts staff, staff's emails
 * the contacts who take part (docs/ARCHITECTURE.md, "Conversations").
 */
export const CONVERSATION_MESSAGE_EVENT = "portal.conversation.message_created"

type MessageEvent = { id: string; conversation_id: string; author_type: "customer" | "staff" }

/**
 * A contact starts a thread with the merchant for their active company, while the merchant
 * lets clients start threads (403 `conversations.new_threads_off` otherwise).
 */
export const startConversationWorkflow = createWorkflow(
  "portal-start-conversation",
  (input: { access: MemberAccess; subject: string; body: string }) => {
    assertClientsMayStartStep()
    const author = transform({ input }, ({ input }) => ({
      side: "customer" as const,
      id: input.access.customer_id,
    }))
    const conversation = startConversationStep(
      transform({ input, author }, ({ input, author }) => ({
        company_id: input.access.company_id,
        subject: input.subject,
        body: input.body,
        author,
      }))
    )
    joinConversationStep(
      transform({ conversation, author }, ({ conversation, author }) => ({
        conversation_id: conversation.id,
        author,
        message_id: conversation.message_id,
      }))
    )
    emitEventStep({
      eventName: CONVERSATION_MESSAGE_EVENT,
      data: transform({ conversation }, ({ conversation }): MessageEvent => ({
        id: conversation.message_id,
        conversation_id: conversation.id,
        author_type: "customer",
      })),
    })
    return new WorkflowResponse(conversation)
  }
)

/**
 * Staff start a thread with a customer company: the contacts they name take part (none
 * named: every contact who may see conversations), and are emailed its first message.
 */
export const staffStartConversationWorkflow = createWorkflow(
  "portal-staff-start-conversation",
  (input: {
    company_id: string
    user_id: string
    subject: string
    body: string
    contact_ids?: string[]
  }) => {
    const contacts = resolveConversationContactsStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        contact_ids: input.contact_ids,
      }))
    )
    const author = transform({ input }, ({ input }) => ({
      side: "staff" as const,
      id: input.user_id,
    }))
    const conversation = startConversationStep(
      transform({ input, author }, ({ input, author }) => ({
        company_id: input.company_id,
        subject: input.subject,
        body: input.body,
        author,
      }))
    )
    joinConversationStep(
      transform({ conversation, author, contacts }, ({ conversation, author, contacts }) => ({
        conversation_id: conversation.id,
        author,
        message_id: conversation.message_id,
        contacts,
      }))
    )
    emitEventStep({
      eventName: CONVERSATION_MESSAGE_EVENT,
      data: transform({ conversation }, ({ conversation }): MessageEvent => ({
        id: conversation.message_id,
        conversation_id: conversation.id,
        author_type: "staff",
      })),
    })
    return new WorkflowResponse(conversation)
  }
)

export type ReplyToConversationInput = { conversation_id: string; body: string } & (
  { author_type: "customer"; access: MemberAccess } | { author_type: "staff"; user_id: string }
)

/** A reply: a contact writes only in their company's threads (404 for another's). */
export const replyToConversationWorkflow = createWorkflow(
  "portal-reply-to-conversation",
  (input: ReplyToConversationInput) => {
    const conversation = loadConversationStep(
      transform({ input }, ({ input }) => ({
        id: input.conversation_id,
        company_id: input.author_type === "customer" ? input.access.company_id : undefined,
      }))
    )
    const author = transform({ input }, ({ input }) =>
      input.author_type === "customer"
        ? { side: "customer" as const, id: input.access.customer_id }
        : { side: "staff" as const, id: input.user_id }
    )
    const message = addConversationMessageStep(
      transform({ conversation, author, input }, ({ conversation, author, input }) => ({
        conversation_id: conversation.id,
        author,
        body: input.body,
      }))
    )
    joinConversationStep(
      transform({ conversation, author, message }, ({ conversation, author, message }) => ({
        conversation_id: conversation.id,
        author,
        message_id: message.id,
      }))
    )
    emitEventStep({
      eventName: CONVERSATION_MESSAGE_EVENT,
      data: transform(
        { conversation, message, author },
        ({ conversation, message, author }): MessageEvent => ({
          id: message.id,
          conversation_id: conversation.id,
          author_type: author.side,
        })
      ),
    })
    return new WorkflowResponse(message)
  }
)
