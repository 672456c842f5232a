import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COLLABORATION_MODULE } from "../../modules/collaboration"
import type CollaborationModuleService from "../../modules/collaboration/service"
import { CUSTOMER_PERMISSIONS } from "../../shared/permissions"
import {
  replyToConversationWorkflow,
  staffStartConversationWorkflow,
} from "../../workflows/collaboration/workflows/conversations"

export const DEMO_CONVERSATION = "Spring delivery schedule"

/**
 * A conversation staff started with the demo's customer company and its buyer answered
 * (docs/ARCHITECTURE.md, "Conversations"), so staff see an unread reply and the inbox holds
 * the buyer's email. Through the workflows the portal uses; a re-run finds it by subject.
 */
export async function seedConversation(
  container: MedusaContainer,
  context: { company: { id: string; name: string }; customer_id: string; actor_id: string }
): Promise<{ id: string; subject: string }> {
  const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
  const [existing] = await collaboration.listConversations(
    { company_id: context.company.id, subject: DEMO_CONVERSATION },
    { select: ["id", "subject"], take: 1 }
  )
  if (existing) return { id: existing.id, subject: existing.subject }
  const { result } = await staffStartConversationWorkflow(container).run({
    input: {
      company_id: context.company.id,
      user_id: context.actor_id,
      subject: DEMO_CONVERSATION,
      body: "Hello! We are planning the spring deliveries. Would Tuesdays still suit your dock?",
      contact_ids: [context.customer_id],
    },
  })
  await replyToConversationWorkflow(container).run({
    input: {
      conversation_id: result.id,
      author_type: "customer",
      access: {
        kind: "member",
        customer_id: context.customer_id,
        company_id: context.company.id,
        permissions: CUSTOMER_PERMISSIONS,
      },
      body: "Tuesdays are fine, but please arrive before 2 pm.",
    },
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Demo conversation "${DEMO_CONVERSATION}" started with ${context.company.name}`)
  return { id: result.id, subject: DEMO_CONVERSATION }
}
