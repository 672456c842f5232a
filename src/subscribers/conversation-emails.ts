import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CONVERSATION_MESSAGE_EVENT } from "../workflows/collaboration/workflows/conversations"
import {
  notifyContactsConversationWorkflow,
  notifyConversationStaffWorkflow,
} from "../workflows/collaboration/workflows/notify-conversations"

type ConversationEventData = { id: string; conversation_id: string; author_type: string }

/** A message in a conversation: the other side hears of it (docs/ARCHITECTURE.md, "Conversations"). */
export default async function conversationEmails({
  event,
  container,
}: SubscriberArgs<ConversationEventData>) {
  const input = { conversation_id: event.data.conversation_id, message_id: event.data.id }
  if (event.data.author_type === "staff") {
    await notifyContactsConversationWorkflow(container).run({ input })
    return
  }
  await notifyConversationStaffWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: CONVERSATION_MESSAGE_EVENT,
  context: { subscriberId: "portal-conversation-emails" },
}
