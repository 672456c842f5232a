import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COLLABORATION_MODULE } from "../../modules/collaboration"
import type CollaborationModuleService from "../../modules/collaboration/service"
import { CUSTOMER_PERMISSIONS } from "../../shared/permissions"
import { formatWorkRequestNumber } from "../../shared/work-requests"
import { requestDocumentsWorkflow } from "../../workflows/collaboration/workflows/document-requests"
import {
  replyToWorkRequestWorkflow,
  submitWorkRequestWorkflow,
} from "../../workflows/collaboration/workflows/work-requests"

export const DEMO_WORK_REQUEST = "Pallet racking for the new warehouse"
export const DEMO_TICKET = "Scanner in bay 3 does not read the new labels"
export const DEMO_DOCUMENT_REQUEST = "Onboarding documents"

export type DemoWorkRequests = {
  work_requests: Array<{ id: string; number: string; subject: string; status: string }>
  document_request: { id: string; title: string }
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

/**
 * What the demo's customer company brings to the merchant and is asked for
 * (docs/ARCHITECTURE.md, "Work requests" and "Documents"): a job the merchant asked a
 * question about (waiting on the client), a fresh support ticket, and a checklist of
 * onboarding documents to upload. Through the workflows the portal uses, so the staff alert
 * and the contacts' emails reach the demo inbox; a re-run finds them by subject and title.
 */
export async function seedWorkRequests(
  container: MedusaContainer,
  context: { company: { id: string; name: string }; customer_id: string; actor_id: string }
): Promise<DemoWorkRequests> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
  const access = {
    kind: "member" as const,
    customer_id: context.customer_id,
    company_id: context.company.id,
    permissions: CUSTOMER_PERMISSIONS,
  }
  const specs = [
    {
      subject: DEMO_WORK_REQUEST,
      description:
        "We are fitting out a second warehouse in March: 40 bays of pallet racking, 3 levels each, " +
        "with wire decking. Could you quote supply and installation?",
      preferred_date: inDays(30),
      reply:
        "Thank you! To size the beams, could you tell us the heaviest pallet you store, and " +
        "upload a floor plan of the hall?",
    },
    {
      subject: DEMO_TICKET,
      description:
        "Since Monday the hand scanner beeps twice and shows no code for the new 2D labels.",
      preferred_date: null,
      reply: null,
    },
  ]

  const work_requests: DemoWorkRequests["work_requests"] = []
  for (const spec of specs) {
    const [existing] = await collaboration.listWorkRequests(
      { company_id: context.company.id, subject: spec.subject },
      { select: ["id", "display_number", "subject", "status"], take: 1 }
    )
    let request = existing
    if (!request) {
      const { result } = await submitWorkRequestWorkflow(container).run({
        input: {
          access,
          subject: spec.subject,
          description: spec.description,
          preferred_date: spec.preferred_date,
        },
      })
      if (spec.reply) {
        await replyToWorkRequestWorkflow(container).run({
          input: {
            request_id: result.id,
            author_type: "staff",
            author_id: context.actor_id,
            body: spec.reply,
            status: "waiting_on_client",
          },
        })
      }
      ;[request] = await collaboration.listWorkRequests(
        { id: result.id },
        { select: ["id", "display_number", "subject", "status"], take: 1 }
      )
      logger.info(`Demo work request "${spec.subject}" submitted for ${context.company.name}`)
    }
    work_requests.push({
      id: request.id,
      number: formatWorkRequestNumber(request.display_number),
      subject: request.subject,
      status: request.status,
    })
  }

  const [asked] = await collaboration.listDocumentRequests(
    { company_id: context.company.id, title: DEMO_DOCUMENT_REQUEST },
    { select: ["id", "title"], take: 1 }
  )
  let document_request: { id: string; title: string } | undefined = asked
  if (!document_request) {
    const { result } = await requestDocumentsWorkflow(container).run({
      input: {
        company_id: context.company.id,
        title: DEMO_DOCUMENT_REQUEST,
        note: "We need these before your first order ships on account.",
        requested_by: context.actor_id,
        items: [
          { name: "Certificate of insurance", due_date: inDays(14) },
          { name: "VAT registration certificate", due_date: inDays(14) },
        ],
      },
    })
    document_request = { id: result.id, title: DEMO_DOCUMENT_REQUEST }
    logger.info(`Demo document request "${DEMO_DOCUMENT_REQUEST}" sent to ${context.company.name}`)
  }
  return {
    work_requests,
    document_request: { id: document_request.id, title: document_request.title },
  }
}
