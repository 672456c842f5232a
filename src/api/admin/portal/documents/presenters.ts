import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { COLLABORATION_MODULE } from "../../../../modules/collaboration"
import type CollaborationModuleService from "../../../../modules/collaboration/service"
import type {
  DocumentRequestDTO,
  DocumentRequestItemDTO,
  PortalDocumentDTO,
} from "../../../../modules/collaboration/service"
import {
  DOCUMENT_PLACES,
  DOCUMENT_TYPES,
  type DocumentPlace,
  type DocumentRequestStatus,
  type DocumentType,
  PICTURE_TYPES,
  PREVIEWABLE_TYPES,
} from "../../../../shared/documents"
import type {
  AdminPortalDocument,
  AdminPortalDocumentListResponse,
  AdminPortalDocumentRequest,
  AdminPortalDocumentRequestListResponse,
  StorePortalDocumentRequest,
  StorePortalDocumentRequestListResponse,
  StorePortalDocument,
  StorePortalDocumentListResponse,
} from "../../../../shared/http"

/**
 * Documents as staff and a company's contacts read them (docs/ARCHITECTURE.md,
 * "Documents"): the same fields, who added one for staff only; the file is served by
 * `sendDocumentFile` under its own name, never from a public URL.
 */

export type DocumentFilters = {
  company_id: string
  attached_to?: DocumentPlace
  attached_id?: string
}

/**
 * Where the Documents pages look: everywhere but work requests, whose files belong to the
 * request and open only with `work_requests.view` (docs/ARCHITECTURE.md, "Work requests").
 */
export const DOCUMENTS_PAGE_PLACES = DOCUMENT_PLACES.filter((place) => place !== "work_request")

const FIELDS = [
  "id",
  "company_id",
  "title",
  "caption",
  "file_name",
  "type",
  "size",
  "attached_to",
  "attached_id",
  "source",
  "added_by",
  "created_at",
] as const

type DocumentRow = Pick<PortalDocumentDTO, (typeof FIELDS)[number]>

function presentStore(row: DocumentRow): StorePortalDocument {
  const type = row.type as DocumentType
  return {
    id: row.id,
    title: row.title,
    caption: row.caption ?? null,
    file_name: row.file_name,
    type,
    mime_type: DOCUMENT_TYPES[type].mime_type,
    size: Number(row.size),
    previewable: PREVIEWABLE_TYPES.includes(type),
    picture: PICTURE_TYPES.includes(type),
    attached_to: row.attached_to as DocumentPlace,
    attached_id: row.attached_id ?? null,
    source: row.source as "staff" | "contact",
    created_at: new Date(row.created_at).toISOString(),
  }
}

const presentAdmin = (row: DocumentRow): AdminPortalDocument => ({
  ...presentStore(row),
  company_id: row.company_id,
  added_by: row.added_by ?? null,
})

async function readDocuments(
  scope: MedusaContainer,
  filters: DocumentFilters & { id?: string },
  page: { limit: number; offset: number }
) {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  return collaboration.listAndCountPortalDocuments(
    {
      company_id: filters.company_id,
      ...(filters.id ? { id: filters.id } : {}),
      attached_to: filters.attached_to ?? DOCUMENTS_PAGE_PLACES,
      ...(filters.attached_id ? { attached_id: filters.attached_id } : {}),
    },
    { select: [...FIELDS], order: { created_at: "DESC", id: "DESC" }, ...page }
  )
}

/** A company's documents, newest first, as its contacts (`store`) or staff (`admin`) see them. */
export async function listDocuments<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: DocumentFilters,
  page: { limit: number; offset: number },
  audience: A
): Promise<A extends "admin" ? AdminPortalDocumentListResponse : StorePortalDocumentListResponse> {
  const [rows, count] = await readDocuments(scope, filters, page)
  const present = audience === "admin" ? presentAdmin : presentStore
  return { documents: rows.map(present), count, ...page } as never
}

/** One document as staff see it. */
export async function fetchAdminDocument(scope: MedusaContainer, id: string) {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const [row] = await collaboration.listPortalDocuments({ id }, { select: [...FIELDS], take: 1 })
  if (!row) throw notFound(id)
  return presentAdmin(row)
}

const notFound = (id: string) => refusal(MedusaError.Types.NOT_FOUND, "documents.not_found", { id })

/**
 * Streams a document's private file: inline for what a browser previews safely (PDF and
 * raster images), else as a download, with nosniff so nothing is run as something else.
 * `company_id` limits it to one company's (a contact's), `attached_to`/`attached_id` to
 * some places or one record's; 404 for any other id.
 */
export async function sendDocumentFile(
  scope: MedusaContainer,
  res: MedusaResponse,
  filters: {
    id: string
    company_id?: string
    attached_to?: DocumentPlace | DocumentPlace[]
    attached_id?: string
  }
) {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const [row] = await collaboration.listPortalDocuments(
    {
      id: filters.id,
      ...(filters.company_id ? { company_id: filters.company_id } : {}),
      ...(filters.attached_to ? { attached_to: filters.attached_to } : {}),
      ...(filters.attached_id ? { attached_id: filters.attached_id } : {}),
    },
    { select: ["id", "file_id", "file_name", "type"], take: 1 }
  )
  if (!row) throw notFound(filters.id)
  const type = row.type as DocumentType
  const bytes = await scope.resolve(Modules.FILE).getAsBuffer(row.file_id)
  const disposition = PREVIEWABLE_TYPES.includes(type) ? "inline" : "attachment"
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  // Nothing served runs script. Not for PDFs: a sandboxed page gets no PDF viewer in Chrome.
  if (type !== "pdf") {
    res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
  }
  res.setHeader("Content-Type", DOCUMENT_TYPES[type].mime_type)
  res.setHeader(
    "Content-Disposition",
    `${disposition}; filename="${asciiName(row.file_name)}"; filename*=UTF-8''${encodeURIComponent(row.file_name)}`
  )
  res.setHeader("Content-Length", String(bytes.length))
  res.end(bytes)
}

/** The file name for old clients: ASCII only. */
const asciiName = (name: string) => name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")

const REQUEST_FIELDS = [
  "id",
  "company_id",
  "title",
  "note",
  "status",
  "done_at",
  "done_by",
  "requested_by",
  "created_at",
] as const

type RequestRow = Pick<DocumentRequestDTO, (typeof REQUEST_FIELDS)[number]> & {
  items?: Pick<DocumentRequestItemDTO, "id" | "name" | "description" | "due_date" | "position">[]
}

/** Requests with their items in order, each item with what was uploaded for it. */
async function presentRequests(
  scope: MedusaContainer,
  rows: RequestRow[]
): Promise<AdminPortalDocumentRequest[]> {
  const itemIds = rows.flatMap((row) => (row.items ?? []).map((item) => item.id))
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const uploads = itemIds.length
    ? await collaboration.listPortalDocuments(
        { attached_to: "request_item", attached_id: itemIds },
        { select: [...FIELDS], order: { created_at: "ASC", id: "ASC" } }
      )
    : []
  return rows.map((row) => ({
    id: row.id,
    company_id: row.company_id,
    title: row.title,
    note: row.note ?? null,
    status: row.status as DocumentRequestStatus,
    done_at: row.done_at ? new Date(row.done_at).toISOString() : null,
    done_by: row.done_by ?? null,
    requested_by: row.requested_by ?? null,
    created_at: new Date(row.created_at).toISOString(),
    items: [...(row.items ?? [])]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((item) => ({
        id: item.id,
        name: item.name,
        description: item.description ?? null,
        due_date: item.due_date ?? null,
        uploads: uploads.filter((upload) => upload.attached_id === item.id).map(presentStore),
      })),
  }))
}

const forStore = ({
  company_id: _company,
  done_by: _doneBy,
  requested_by: _requestedBy,
  ...request
}: AdminPortalDocumentRequest): StorePortalDocumentRequest => request

/** A company's document requests, newest first, as its contacts or staff see them. */
export async function listDocumentRequests<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: { company_id: string; status?: DocumentRequestStatus },
  page: { limit: number; offset: number },
  audience: A
): Promise<
  A extends "admin"
    ? AdminPortalDocumentRequestListResponse
    : StorePortalDocumentRequestListResponse
> {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const [rows, count] = await collaboration.listAndCountDocumentRequests(
    { company_id: filters.company_id, ...(filters.status ? { status: filters.status } : {}) },
    {
      select: [...REQUEST_FIELDS],
      relations: ["items"],
      order: { created_at: "DESC", id: "DESC" },
      ...page,
    }
  )
  const requests = await presentRequests(scope, rows as RequestRow[])
  return {
    document_requests: audience === "admin" ? requests : requests.map(forStore),
    count,
    ...page,
  } as never
}

/** One request (404 when `company_id` is given and it is another company's). */
export async function fetchDocumentRequest<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: { id: string; company_id?: string },
  audience: A
): Promise<A extends "admin" ? AdminPortalDocumentRequest : StorePortalDocumentRequest> {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const rows = await collaboration.listDocumentRequests(
    { id: filters.id, ...(filters.company_id ? { company_id: filters.company_id } : {}) },
    { select: [...REQUEST_FIELDS], relations: ["items"], take: 1 }
  )
  if (!rows.length) {
    throw refusal(MedusaError.Types.NOT_FOUND, "documents.request_not_found", { id: filters.id })
  }
  const [request] = await presentRequests(scope, rows as RequestRow[])
  return (audience === "admin" ? request : forStore(request)) as never
}
