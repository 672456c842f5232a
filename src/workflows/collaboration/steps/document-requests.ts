import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import type AccountsModuleService from "../../../modules/accounts/service"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import type { DocumentRequestStatus } from "../../../shared/documents"

export type LoadedDocumentRequest = {
  id: string
  company_id: string
  title: string
  status: DocumentRequestStatus
  item_ids: string[]
}

/**
 * A document request of one company (404 for any other, so no id of another company is
 * confirmed); `company_id` omitted, any (staff).
 */
export const loadDocumentRequestStep = createStep(
  "portal-load-document-request",
  async (input: { id: string; company_id?: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [request] = await collaboration.listDocumentRequests(
      { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
      { select: ["id", "company_id", "title", "status"], relations: ["items"], take: 1 }
    )
    if (!request) {
      throw refusal(MedusaError.Types.NOT_FOUND, "documents.request_not_found", { id: input.id })
    }
    const loaded: LoadedDocumentRequest = {
      id: request.id,
      company_id: request.company_id,
      title: request.title,
      status: request.status as DocumentRequestStatus,
      item_ids: (request.items ?? []).map((item) => item.id),
    }
    return new StepResponse(loaded)
  }
)

/** Uploads go only to an open request, against one of its own items. */
export const assertUploadableStep = createStep(
  "portal-assert-document-request-uploadable",
  async (input: { request: LoadedDocumentRequest; item_id: string }) => {
    if (!input.request.item_ids.includes(input.item_id)) {
      throw refusal(MedusaError.Types.NOT_FOUND, "documents.request_item_not_found", {
        id: input.item_id,
      })
    }
    if (input.request.status !== "open") {
      throw refusal(MedusaError.Types.CONFLICT, "documents.request_not_open", {
        title: input.request.title,
      })
    }
    return new StepResponse(input.request)
  }
)

export type CreateDocumentRequestInput = {
  company_id: string
  title: string
  note?: string | null
  requested_by: string
  items: { name: string; description?: string | null; due_date?: string | null }[]
}

/** Writes a request with its checklist; compensation removes both. */
export const createDocumentRequestStep = createStep(
  "portal-create-document-request",
  async (input: CreateDocumentRequestInput, { container }) => {
    const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
    const [company] = await accounts.listPortalCompanies(
      { id: input.company_id },
      { select: ["id"], take: 1 }
    )
    if (!company) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Company ${input.company_id} was not found`
      )
    }
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const request = await collaboration.createDocumentRequests({
      company_id: input.company_id,
      title: input.title,
      note: input.note ?? null,
      requested_by: input.requested_by,
    })
    await collaboration.createDocumentRequestItems(
      input.items.map((item, position) => ({
        request_id: request.id,
        name: item.name,
        description: item.description ?? null,
        due_date: item.due_date ?? null,
        position,
      }))
    )
    return new StepResponse({ id: request.id }, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.deleteDocumentRequests(id)
  }
)

/**
 * "Done uploading" (docs/ARCHITECTURE.md, "Documents"): one conditional UPDATE, so among
 * clicks at once exactly one answers `won` and alerts staff. Nothing to undo: a request
 * said done stays done, staff reopen it.
 */
export const markDocumentRequestDoneStep = createStep(
  "portal-mark-document-request-done",
  async (
    input: { id: string; company_id: string; customer_id: string; skip?: boolean },
    { container }
  ) => {
    if (input.skip) return new StepResponse({ id: input.id, won: false })
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const won = await collaboration.markDocumentRequestDone(input)
    return new StepResponse({ id: input.id, won })
  }
)

/**
 * Staff close a request, or reopen it for more uploads (which forgets who said done, so the
 * next "Done uploading" alerts again). Compensation puts the request back as it was.
 */
export const setDocumentRequestStatusStep = createStep(
  "portal-set-document-request-status",
  async (input: { id: string; status: "open" | "closed" }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [before] = await collaboration.listDocumentRequests(
      { id: input.id },
      { select: ["id", "status", "done_at", "done_by"], take: 1 }
    )
    if (!before) {
      throw refusal(MedusaError.Types.NOT_FOUND, "documents.request_not_found", { id: input.id })
    }
    await collaboration.updateDocumentRequests({
      id: input.id,
      status: input.status,
      ...(input.status === "open" ? { done_at: null, done_by: null } : {}),
    })
    return new StepResponse({ id: input.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.updateDocumentRequests({
      id: before.id,
      status: before.status,
      done_at: before.done_at,
      done_by: before.done_by,
    })
  }
)
