import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { translator } from "../../../lib/i18n"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { staffAlertEmailsStep } from "../../portal/steps/staff-alert-emails"
import { type ContactEmail, emailCompanyContacts } from "../../portal/utils/email-company-contacts"
import { storeLanguage } from "../../shared/utils/contact-language"
import { adminPageUrl } from "../../shared/utils/urls"

/** A message and its thread, as the emails about it word it; null when either is gone. */
const loadConversationNewsStep = createStep(
  "portal-load-conversation-news",
  async (input: { conversation_id: string; message_id: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [conversation] = await collaboration.listConversations(
      { id: input.conversation_id },
      { select: ["id", "company_id", "subject"], relations: ["participants"], take: 1 }
    )
    const [message] = await collaboration.listConversationMessages(
      { id: input.message_id },
      { select: ["id", "body", "author_type", "author_id"], take: 1 }
    )
    if (!conversation || !message) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "portal_company",
      fields: ["id", "name"],
      filters: { id: conversation.company_id },
    })
    const of = (side: string) =>
      (conversation.participants ?? [])
        .filter((participant) => participant.side === side)
        .map((participant) => participant.participant_id)
    return new StepResponse({
      id: conversation.id,
      subject: conversation.subject,
      company_id: conversation.company_id,
      company: (companies[0]?.name as string | undefined) ?? "",
      message_id: message.id,
      body: message.body,
      author_id: message.author_id,
      staff: of("staff"),
      contacts: of("customer"),
    })
  }
)

/**
 * A contact wrote (or started a thread): the `conversation_message` staff alert, to whom
 * the settings name and the staff who take part, in the store's language.
 */
export const notifyConversationStaffWorkflow = createWorkflow(
  "portal-notify-conversation-staff",
  (input: { conversation_id: string; message_id: string }) => {
    const news = loadConversationNewsStep(input)
    const email = transform({ news }, ({ news }) => {
      if (!news) return null
      const t = translator(storeLanguage(), "email")
      const text = t("staff.conversation_message", {
        company: news.company,
        subject: news.subject,
      })
      return {
        alert: "conversation_message" as const,
        also: news.staff,
        subject: text,
        paragraphs: [t("staff.sentence", { text })],
        action: {
          label: t("staff.open_conversation"),
          url: adminPageUrl(`/conversations/${encodeURIComponent(news.id)}`),
        },
        data: {
          conversation_id: news.id,
          company_id: news.company_id,
          message_id: news.message_id,
        },
      }
    })
    const notifications = staffAlertEmailsStep(email)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

export const CONTACT_CONVERSATION_MESSAGE_TEMPLATE = "portal-contact-conversation-message"

/**
 * Staff wrote: the contacts who take part and may see conversations hear of it, with the
 * message and a link to the thread (docs/ARCHITECTURE.md, "Contact emails"); once per
 * message however often the event is delivered.
 */
export const notifyContactsConversationWorkflow = createWorkflow(
  "portal-notify-contacts-conversation",
  (input: { conversation_id: string; message_id: string }) => {
    const news = loadConversationNewsStep(input)
    const email = transform({ news, input }, ({ news, input }): ContactEmail => {
      const values = { subject: news?.subject ?? "" }
      return {
        company_id: news?.contacts.length ? news.company_id : null,
        kind: "conversations",
        feature: "conversations",
        template: CONTACT_CONVERSATION_MESSAGE_TEMPLATE,
        subject: { key: "conversation.subject", values },
        lines: [{ key: "conversation.line", values }],
        quote: news?.body ?? null,
        path: PORTAL_ACCOUNT_PATHS.conversation(input.conversation_id),
        data: { conversation_id: input.conversation_id, message_id: input.message_id },
        occurrence: input.message_id,
        only_customer_ids: news?.contacts ?? [],
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
