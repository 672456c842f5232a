import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import type AccountsModuleService from "../../../modules/accounts/service"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import type { PortalDocumentDTO } from "../../../modules/collaboration/service"
import {
  checkedDocumentType,
  DOCUMENT_TYPES,
  type DocumentAttachment,
  type DocumentType,
  MAX_DOCUMENT_BYTES,
  safeFileName,
} from "../../../shared/documents"
import { companyOrderIds } from "../../portal/utils/company-orders"

/** A file as it arrived: its name as the sender's device called it, and its bytes. */
export type DocumentUpload = { file_name: string; content: string }

export type CheckedDocumentFile = {
  file_name: string
  type: DocumentType
  mime_type: string
  size: number
}

/**
 * An upload the portal takes (docs/ARCHITECTURE.md, "Documents"): within the size limit
 * (413), and its bytes the kind of file its name claims, one of the kinds the portal takes
 * (400). Nothing is stored before this passes.
 */
export const checkDocumentFileStep = createStep(
  "portal-check-document-file",
  async (upload: DocumentUpload) => {
    const bytes = Buffer.from(upload.content ?? "", "base64")
    if (!bytes.length) throw refusal(MedusaError.Types.INVALID_DATA, "documents.file_missing")
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw refusal(
        MedusaError.Types.INVALID_DATA,
        "documents.file_too_large",
        { megabytes: MAX_DOCUMENT_BYTES / (1024 * 1024) },
        { status: 413 }
      )
    }
    const fileName = safeFileName(upload.file_name ?? "")
    const type = checkedDocumentType(fileName, bytes)
    if (!type) {
      throw refusal(MedusaError.Types.INVALID_DATA, "documents.file_type", { name: fileName })
    }
    const checked: CheckedDocumentFile = {
      file_name: fileName,
      type,
      mime_type: DOCUMENT_TYPES[type].mime_type,
      size: bytes.length,
    }
    return new StepResponse(checked)
  }
)

export type DocumentPlace = {
  company_id: string
  attached_to: DocumentAttachment
  attached_id?: string | null
}

/**
 * Where staff put a document: a customer company, and when attached, one of that company's
 * quotes or orders (404 for anything else, so no id of another company is confirmed).
 */
export const assertDocumentPlaceStep = createStep(
  "portal-assert-document-place",
  async (place: DocumentPlace, { container }) => {
    const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
    const [company] = await accounts.listPortalCompanies(
      { id: place.company_id },
      { select: ["id"], take: 1 }
    )
    if (!company) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Company ${place.company_id} was not found`
      )
    }
    if (place.attached_to === "company") {
      if (place.attached_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "A document attached to its company takes no attached_id"
        )
      }
      return new StepResponse(place)
    }
    const id = place.attached_id ?? ""
    let found = false
    if (place.attached_to === "quote") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "portal_quote",
        fields: ["id"],
        filters: { id, company_id: place.company_id },
      })
      found = data.length > 0
    } else {
      found = (await companyOrderIds(container, place.company_id, [id])).length > 0
    }
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The company has no ${place.attached_to} ${id || "(no id given)"}`
      )
    }
    return new StepResponse(place)
  }
)

export type CreateDocumentInput = Omit<
  PortalDocumentDTO,
  "id" | "created_at" | "updated_at" | "deleted_at"
>

/** Writes the document's row; compensation removes it. */
export const createDocumentStep = createStep(
  "portal-create-document",
  async (input: CreateDocumentInput, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const document = await collaboration.createPortalDocuments(input)
    return new StepResponse(document, document.id)
  },
  async (id, { container }) => {
    if (!id) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.deletePortalDocuments(id)
  }
)

/**
 * Removes a document of a company: its row (soft, so a retry answers 404) and then its
 * file. The file goes last: a failure before leaves both as they were.
 */
export const deleteDocumentStep = createStep(
  "portal-delete-document",
  async (input: { id: string; company_id?: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [document] = await collaboration.listPortalDocuments(
      { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
      { select: ["id", "file_id"], take: 1 }
    )
    if (!document) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${input.id} was not found`)
    }
    await collaboration.softDeletePortalDocuments(document.id)
    await container.resolve(Modules.FILE).deleteFiles(document.file_id)
    return new StepResponse({ id: document.id })
  }
)
