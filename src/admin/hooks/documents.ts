import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { MAX_DOCUMENT_BYTES } from "../../shared/documents"
import type {
  AdminListPortalDocumentsParams,
  AdminPortalDocumentDeleteResponse,
  AdminPortalDocumentListResponse,
  AdminPortalDocumentResponse,
  AdminSharePortalDocumentFields,
} from "../../shared/http/documents"
import { hasStatus } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The admin's names for the document routes' shapes (src/shared/http/documents.ts). */
export type {
  AdminPortalDocument as PortalDocument,
  AdminSharePortalDocumentFields as ShareDocumentFields,
} from "../../shared/http/documents"

/** A page of a company's documents: the section sets limit and offset. */
export type DocumentListParams = AdminListPortalDocumentsParams & { limit: number; offset: number }

const DOCUMENTS = "/admin/portal/documents"
const companyDocumentsPath = (companyId: string) => `/admin/portal/companies/${companyId}/documents`
export const documentFilePath = (id: string) => `${DOCUMENTS}/${id}/file`

const base = queryKeysFactory("documents")

export const documentKeys = {
  ...base,
  /** One company's documents: every page and filter of them starts with this. */
  company: (companyId: string) => [...base.lists(), companyId] as const,
  companyList: (companyId: string, params: DocumentListParams) =>
    [...base.lists(), companyId, params] as const,
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
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys.company(companyId) }),
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
