import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import type { ConversationReader } from "../../../modules/collaboration/service"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { memberPermissions } from "../../../shared/permissions"

const collaborationOf = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(COLLABORATION_MODULE) as CollaborationModuleService

/** A list's preview of a message: its first words on one line. */
export const previewOf = (body: string) => {
  const line = body.replace(/\s+/g, " ").trim()
  return line.length > 140 ? `${line.slice(0, 139)}…` : line
}

export type LoadedConversation = { id: string; company_id: string; subject: string }

/**
 * A conversation of one company (404 for any other, so no id of another company is
 * confirmed); `company_id` omitted, any (staff).
 */
export const loadConversationStep = createStep(
  "portal-load-conversation",
  async (input: { id: string; company_id?: string }, { container }) => {
    const [conversation] = await collaborationOf(container).listConversations(
      { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
      { select: ["id", "company_id", "subject"], take: 1 }
    )
    if (!conversation) {
      throw refusal(MedusaError.Types.NOT_FOUND, "conversations.not_found", { id: input.id })
    }
    const loaded: LoadedConversation = {
      id: conversation.id,
      company_id: conversation.company_id,
      subject: conversation.subject,
    }
    return new StepResponse(loaded)
  }
)

/** Contacts start threads only while the merchant lets them (403; they may still reply). */
export const assertClientsMayStartStep = createStep(
  "portal-assert-clients-may-start-conversations",
  async (_: void, { container }) => {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    const settings = await portal.getSettings()
    if (!settings.clients_may_start_conversations) {
      throw refusal(MedusaError.Types.FORBIDDEN, "conversations.new_threads_off")
    }
    return new StepResponse(true)
  }
)

/**
 * The contacts staff name as a new thread's participants: active members of the customer
 * company (400 for anyone else); none named, every active member whose teams there grant
 * `conversations.view`.
 */
export const resolveConversationContactsStep = createStep(
  "portal-resolve-conversation-contacts",
  async (input: { company_id: string; contact_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "portal_company",
      fields: [
        "id",
        "is_customer",
        "is_supplier",
        "members.customer_id",
        "members.status",
        "members.teams.team.permissions",
      ],
      filters: { id: input.company_id },
    })
    const company = companies[0]
    if (!company?.is_customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer company ${input.company_id} was not found`
      )
    }
    const active = (company.members ?? []).filter((member) => member?.status === "active")
    if (input.contact_ids?.length) {
      const members = new Set(active.map((member) => member!.customer_id))
      const strangers = input.contact_ids.filter((id) => !members.has(id))
      if (strangers.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Not active contacts of the company: ${strangers.join(", ")}`
        )
      }
      return new StepResponse([...new Set(input.contact_ids)])
    }
    return new StepResponse(
      active
        .filter((member) =>
          memberPermissions(
            company,
            (member!.teams ?? []).map((row) => ({
              permissions: row?.team?.permissions as unknown as string[] | undefined,
            }))
          ).includes("conversations.view")
        )
        .map((member) => member!.customer_id)
    )
  }
)

export type StartConversationInput = {
  company_id: string
  subject: string
  body: string
  author: ConversationReader
}

/** Writes a thread with its first message; compensation removes both. */
export const startConversationStep = createStep(
  "portal-start-conversation",
  async (input: StartConversationInput, { container }) => {
    const collaboration = collaborationOf(container)
    const body = input.body.trim()
    const conversation = await collaboration.createConversations({
      company_id: input.company_id,
      subject: input.subject.trim(),
      started_by_type: input.author.side,
      started_by_id: input.author.id,
      last_message_at: new Date(),
      last_message_preview: previewOf(body),
    })
    const message = await collaboration.createConversationMessages({
      conversation_id: conversation.id,
      author_type: input.author.side,
      author_id: input.author.id,
      body,
    })
    return new StepResponse(
      { id: conversation.id, company_id: conversation.company_id, message_id: message.id },
      conversation.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await collaborationOf(container).deleteConversations(id)
  }
)

/**
 * A message in a thread; the thread's last activity and preview move with it. Compensation
 * removes the message and puts them back.
 */
export const addConversationMessageStep = createStep(
  "portal-add-conversation-message",
  async (
    input: { conversation_id: string; author: ConversationReader; body: string },
    { container }
  ) => {
    const collaboration = collaborationOf(container)
    const [before] = await collaboration.listConversations(
      { id: input.conversation_id },
      { select: ["id", "last_message_at", "last_message_preview"], take: 1 }
    )
    const body = input.body.trim()
    const message = await collaboration.createConversationMessages({
      conversation_id: input.conversation_id,
      author_type: input.author.side,
      author_id: input.author.id,
      body,
    })
    await collaboration.updateConversations({
      id: input.conversation_id,
      last_message_at: new Date(),
      last_message_preview: previewOf(body),
    })
    return new StepResponse(
      { id: message.id },
      {
        message_id: message.id,
        before: {
          id: before.id,
          last_message_at: before.last_message_at,
          last_message_preview: before.last_message_preview,
        },
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const collaboration = collaborationOf(container)
    await collaboration.deleteConversationMessages(undo.message_id)
    await collaboration.updateConversations(undo.before)
  }
)

/**
 * The author takes part from now on, and has read the thread up to their own message. Both
 * are upserts: nothing to undo (a compensated message leaves them a participant who has
 * read what there is).
 */
export const joinConversationStep = createStep(
  "portal-join-conversation",
  async (
    input: {
      conversation_id: string
      author: ConversationReader
      message_id: string
      contacts?: string[]
    },
    { container }
  ) => {
    const collaboration = collaborationOf(container)
    await collaboration.addConversationParticipants({
      conversation_id: input.conversation_id,
      side: input.author.side,
      ids: [input.author.id],
    })
    if (input.contacts?.length) {
      await collaboration.addConversationParticipants({
        conversation_id: input.conversation_id,
        side: "customer",
        ids: input.contacts,
      })
    }
    await collaboration.markConversationRead({
      conversation_id: input.conversation_id,
      reader: input.author,
      message_id: input.message_id,
    })
    return new StepResponse(true)
  }
)
