import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { MAX_DOCUMENT_BYTES } from "../../shared/documents"
import type {
  AdminCreatePortalDocumentRequestBody,
  AdminListPortalDocumentsParams,
  AdminPortalDocumentDeleteResponse,
  AdminPortalDocumentListResponse,
  AdminPortalDocumentRequestListResponse,
  AdminPortalDocumentRequestResponse,
  AdminPortalDocumentResponse,
  AdminSharePortalDocumentFields,
  AdminUpdatePortalDocumentRequestBody,
  ListPortalDocumentRequestsParams,
} from "../../shared/http/documents"
import { hasStatus } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The admin's names for the document routes' shapes (src/shared/http/documents.ts). */
export type {
  AdminPortalDocument as PortalDocument,
  AdminSharePortalDocumentFields as ShareDocumentFields,
  AdminPortalDocumentRequest as DocumentRequest,
  StorePortalDocumentRequestItem as DocumentRequestItem,
  StorePortalDocument as RequestedDocumentUpload,
  AdminCreatePortalDocumentRequestBody as CreateDocumentRequestBody,
} from "../../shared/http/documents"

/** A page of a company's documents: the section sets limit and offset. */
export type DocumentListParams = AdminListPortalDocumentsParams & { limit: number; offset: number }

const DOCUMENTS = "/admin/portal/documents"
const companyDocumentsPath = (companyId: string) => `/admin/portal/companies/${companyId}/documents`
export const documentFilePath = (id: string) => `${DOCUMENTS}/${id}/file`

const base = queryKeysFactory("documents")
const requestBase = queryKeysFactory("document_requests")

export const documentKeys = {
  ...base,
  /** One company's documents: every page and filter of them starts with this. */
  company: (companyId: string) => [...base.lists(), companyId] as const,
  companyList: (companyId: string, params: DocumentListParams) =>
    [...base.lists(), companyId, params] as const,
}

/** A company's document requests; each page and filter of them starts with `company`. */
export const documentRequestKeys = {
  ...requestBase,
  company: (companyId: string) => [...requestBase.lists(), companyId] as const,
  companyList: (companyId: string, params: DocumentRequestListParams) =>
    [...requestBase.lists(), companyId, params] as const,
}

/** A page of a company's document requests. */
export type DocumentRequestListParams = ListPortalDocumentRequestsParams & {
  limit: number
  offset: number
}

/**
 * What a change to the company's documents or requests reloads: both, since a request's
 * uploads are documents of the company too.
 */
function invalidateCompanyDocuments(
  queryClient: ReturnType<typeof useQueryClient>,
  companyId: string
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: documentKeys.company(companyId) }),
    queryClient.invalidateQueries({ queryKey: documentRequestKeys.company(companyId) }),
    queryClient.invalidateQueries({ queryKey: documentRequestKeys.details() }),
  ])
}

export function useCompanyDocuments(companyId: string, params: DocumentListParams) {
  return useQuery({
    queryKey: documentKeys.companyList(companyId, params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalDocumentListResponse>(companyDocumentsPath(companyId), {
        query: {
          limit: params.limit,
          offset: params.offset,
          attached_to: params.attached_to || undefined,
          attached_id: params.attached_id || undefined,
        },
      }),
    placeholderData: keepPreviousData,
  })
}

export type ShareDocumentInput = AdminSharePortalDocumentFields & { file: File }

/** A refusal for a file over the limit, which multer answers without the server's sentence. */
const tooLarge = () =>
  new Error(
    `The file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB, the most a document may be.`
  )

/** Shares a file with the company (multipart); the server checks it by its content. */
export function useShareDocument(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, ...fields }: ShareDocumentInput) => {
      if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge()
      const body = new FormData()
      body.append("file", file)
      for (const [key, value] of Object.entries(fields)) {
        if (typeof value === "string" && value.trim()) body.append(key, value.trim())
      }
      try {
        return await sdk.client.fetch<AdminPortalDocumentResponse>(
          companyDocumentsPath(companyId),
          {
            method: "POST",
            // Let the browser set the multipart content type with its boundary.
            headers: { "content-type": null },
            body,
          }
        )
      } catch (error) {
        throw hasStatus(error, 413) ? tooLarge() : error
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys.company(companyId) }),
  })
}

export function useDeleteDocument(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminPortalDocumentDeleteResponse>(`${DOCUMENTS}/${id}`, {
        method: "DELETE",
      }),
    // The document may have been an upload for a request: its item loses it.
    onSettled: () => invalidateCompanyDocuments(queryClient, companyId),
  })
}

/**
 * A document's file, read with the staff session (a plain link would open without the API's
 * base URL in development), as a blob URL of its own type; the caller revokes it.
 */
export async function fetchDocumentFile(document: { id: string; mime_type: string }) {
  // Without a JSON accept header the SDK hands back the raw response.
  const response = await sdk.client.fetch<Response>(documentFilePath(document.id), {
    headers: { accept: document.mime_type },
  })
  const blob = await response.blob()
  return URL.createObjectURL(new Blob([blob], { type: document.mime_type }))
}

const DOCUMENT_REQUESTS = "/admin/portal/document-requests"
const companyDocumentRequestsPath = (companyId: string) =>
  `/admin/portal/companies/${companyId}/document-requests`

/** The company's document requests, newest first, each with its items and their uploads. */
export function useCompanyDocumentRequests(companyId: string, params: DocumentRequestListParams) {
  return useQuery({
    queryKey: documentRequestKeys.companyList(companyId, params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalDocumentRequestListResponse>(
        companyDocumentRequestsPath(companyId),
        {
          query: {
            limit: params.limit,
            offset: params.offset,
            status: params.status || undefined,
          },
        }
      ),
    placeholderData: keepPreviousData,
  })
}

/** Staff ask the company for named documents: a title, a note and one to 50 items. */
export function useRequestDocuments(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreatePortalDocumentRequestBody) =>
      sdk.client.fetch<AdminPortalDocumentRequestResponse>(companyDocumentRequestsPath(companyId), {
        method: "POST",
        body,
      }),
    onSettled: () => invalidateCompanyDocuments(queryClient, companyId),
  })
}

/** Closes a request, or reopens it for more uploads. */
export function useSetDocumentRequestStatus(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, status }: { id: string } & AdminUpdatePortalDocumentRequestBody) =>
      sdk.client.fetch<AdminPortalDocumentRequestResponse>(`${DOCUMENT_REQUESTS}/${id}`, {
        method: "POST",
        body: { status },
      }),
    onSettled: () => invalidateCompanyDocuments(queryClient, companyId),
  })
}
