import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import { translator } from "../../../lib/i18n"
import { staffAlertEmailsStep } from "../../portal/steps/staff-alert-emails"
import { storeLanguage } from "../../shared/utils/contact-language"
import { adminPageUrl } from "../../shared/utils/urls"

/** The request staff hear about, with its company's name, for the alert's wording. */
const loadDoneRequestStep = createStep(
  "portal-load-done-document-request",
  async (input: { id: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [request] = await collaboration.listDocumentRequests(
      { id: input.id },
      { select: ["id", "title", "company_id"], take: 1 }
    )
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document request not found")
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "portal_company",
      fields: ["id", "name"],
      filters: { id: request.company_id },
    })
    return new StepResponse({
      id: request.id,
      title: request.title,
      company_id: request.company_id,
      company: (companies[0]?.name as string) ?? "",
    })
  }
)

/**
 * Emails staff that a company is done uploading for a document request (the
 * `documents_uploaded` alert; docs/ARCHITECTURE.md, "Documents"): the users and staff
 * groups the settings list for it, each once, in the store's language. Runs from a
 * subscriber, once per request (the one click that moved it to done).
 */
export const notifyDocumentsUploadedWorkflow = createWorkflow(
  "portal-notify-documents-uploaded",
  (input: { id: string }) => {
    const request = loadDoneRequestStep(input)
    const email = transform({ request }, ({ request }) => {
      const t = translator(storeLanguage(), "email")
      const text = t("staff.documents_uploaded", {
        company: request.company,
        request: request.title,
      })
      return {
        alert: "documents_uploaded" as const,
        subject: text,
        paragraphs: [t("staff.sentence", { text })],
        action: {
          label: t("staff.open_document_request"),
          url: adminPageUrl(`/companies/${encodeURIComponent(request.company_id)}`),
        },
        data: { document_request_id: request.id, company_id: request.company_id },
      }
    })
    const notifications = staffAlertEmailsStep(email)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
