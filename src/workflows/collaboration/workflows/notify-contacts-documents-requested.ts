import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { type ContactEmail, emailCompanyContacts } from "../../portal/utils/email-company-contacts"

export const CONTACT_DOCUMENTS_REQUESTED_TEMPLATE = "portal-contact-documents-requested"

const loadAskedRequestStep = createStep(
  "portal-load-asked-document-request",
  async (input: { id: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [request] = await collaboration.listDocumentRequests(
      { id: input.id },
      { select: ["id", "title", "company_id", "note"], relations: ["items"], take: 1 }
    )
    // Deleted since it was asked for: nobody is emailed.
    if (!request) return new StepResponse(null)
    return new StepResponse({
      id: request.id,
      title: request.title,
      company_id: request.company_id,
      note: request.note ?? null,
      items: [...(request.items ?? [])]
        .sort((a, b) => Number(a.position) - Number(b.position))
        .map((item) => (item.due_date ? `${item.name} (${item.due_date})` : item.name)),
    })
  }
)

/**
 * Staff asked a company for documents: its contacts who may upload hear of it, with the
 * checklist, staff's note and a link to the Documents page (docs/ARCHITECTURE.md, "Contact
 * emails"). A business request like a purchase order: no switch turns it off.
 */
export const notifyContactsDocumentsRequestedWorkflow = createWorkflow(
  "portal-notify-contacts-documents-requested",
  (input: { id: string }) => {
    const request = loadAskedRequestStep(input)
    const email = transform({ request, input }, ({ request, input }): ContactEmail => {
      const title = request?.title ?? ""
      return {
        company_id: request?.company_id ?? null,
        kind: "document_requests",
        feature: "documents",
        template: CONTACT_DOCUMENTS_REQUESTED_TEMPLATE,
        subject: { key: "document_request.subject", values: { title } },
        lines: [
          { key: "document_request.line", values: { title } },
          {
            key: "document_request.items",
            values: { items: (request?.items ?? []).join(" · ") },
          },
          { key: "document_request.done" },
        ],
        quote: request?.note ?? null,
        path: PORTAL_ACCOUNT_PATHS.documents(),
        data: { document_request_id: input.id },
        occurrence: input.id,
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
