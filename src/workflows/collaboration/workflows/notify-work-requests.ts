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
import { formatWorkRequestNumber, type WorkRequestStatus } from "../../../shared/work-requests"
import { staffAlertEmailsStep } from "../../portal/steps/staff-alert-emails"
import { type ContactEmail, emailCompanyContacts } from "../../portal/utils/email-company-contacts"
import { storeLanguage } from "../../shared/utils/contact-language"
import { adminPageUrl } from "../../shared/utils/urls"

/** A request and, when given, one message of its thread, as the emails about them word it. */
const loadWorkRequestNewsStep = createStep(
  "portal-load-work-request-news",
  async (input: { id: string; message_id?: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [request] = await collaboration.listWorkRequests(
      { id: input.id },
      {
        select: ["id", "display_number", "company_id", "subject", "status", "assignee_id"],
        take: 1,
        withDeleted: false,
      }
    )
    const [message] = input.message_id
      ? await collaboration.listWorkRequestMessages(
          { id: input.message_id },
          { select: ["id", "body"], take: 1 }
        )
      : []
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = request
      ? await query.graph({
          entity: "portal_company",
          fields: ["id", "name"],
          filters: { id: request.company_id },
        })
      : { data: [] }
    return new StepResponse(
      request
        ? {
            id: request.id,
            number: formatWorkRequestNumber(request.display_number),
            company_id: request.company_id,
            company: (companies[0]?.name as string | undefined) ?? "",
            subject: request.subject,
            status: request.status as WorkRequestStatus,
            assignee_id: request.assignee_id ?? null,
            message_id: message?.id ?? null,
            body: message?.body ?? null,
          }
        : null
    )
  }
)

/**
 * Emails staff about a contact's work request (docs/ARCHITECTURE.md, "Work requests"): the
 * `work_request_submitted` alert for a new one, `work_request_reply` for a contact's answer,
 * which its assignee gets too. Each recipient once, in the store's language; nothing for a
 * request since deleted.
 */
export const notifyWorkRequestStaffWorkflow = createWorkflow(
  "portal-notify-work-request-staff",
  (input: { id: string; message_id?: string }) => {
    const news = loadWorkRequestNewsStep(input)
    const email = transform({ news, input }, ({ news, input }) => {
      const alert = input.message_id
        ? ("work_request_reply" as const)
        : ("work_request_submitted" as const)
      if (!news) return null
      const t = translator(storeLanguage(), "email")
      const text = t(`staff.${alert}`, {
        company: news.company,
        number: news.number,
        subject: news.subject,
      })
      return {
        alert,
        also: alert === "work_request_reply" && news.assignee_id ? [news.assignee_id] : [],
        subject: text,
        paragraphs: [t("staff.sentence", { text })],
        action: {
          label: t("staff.open_work_request"),
          url: adminPageUrl(`/work-requests/${encodeURIComponent(news.id)}`),
        },
        data: {
          work_request_id: news.id,
          company_id: news.company_id,
          ...(news.message_id ? { message_id: news.message_id } : {}),
        },
      }
    })
    const notifications = staffAlertEmailsStep(email)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

export const CONTACT_WORK_REQUEST_REPLY_TEMPLATE = "portal-contact-work-request-reply"

/**
 * Staff answered in a request's thread: the company's contacts who may see work requests
 * hear of it, with staff's words and a link to the request (docs/ARCHITECTURE.md, "Contact
 * emails"); once per message however often the event is delivered.
 */
export const notifyContactsWorkRequestReplyWorkflow = createWorkflow(
  "portal-notify-contacts-work-request-reply",
  (input: { id: string; message_id: string }) => {
    const news = loadWorkRequestNewsStep(input)
    const email = transform({ news, input }, ({ news, input }): ContactEmail => {
      const number = news?.number ?? ""
      const values = { number, subject: news?.subject ?? "" }
      return {
        company_id: news?.company_id ?? null,
        kind: "work_requests",
        feature: "work_requests",
        template: CONTACT_WORK_REQUEST_REPLY_TEMPLATE,
        subject: { key: "work_request.reply_subject", values },
        lines: [
          { key: "work_request.reply_line", values },
          ...(news?.status === "waiting_on_client"
            ? [{ key: "work_request.waiting_line" as const }]
            : []),
        ],
        quote: news?.body ?? null,
        path: PORTAL_ACCOUNT_PATHS.workRequest(input.id),
        data: {
          work_request_id: input.id,
          work_request_number: number,
          message_id: input.message_id,
        },
        occurrence: input.message_id,
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
