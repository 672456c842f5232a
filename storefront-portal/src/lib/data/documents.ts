import type {
  ListPortalDocumentRequestsParams,
  StoreListPortalDocumentsParams,
  StorePortalDocument,
  StorePortalDocumentListResponse,
  StorePortalDocumentRequestDoneResponse,
  StorePortalDocumentRequestListResponse,
  StorePortalDocumentRequestResponse,
} from "@shared/http/documents"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { memberFetch, memberUpload } from "../member-api"
import { listQuery, type ListOptions } from "./lists"

// The files staff shared with the active company, or with one of its quotes or orders
// (docs/ARCHITECTURE.md, "Documents"); a company switch resets these queries. A file is
// served only to the member's login, so it is fetched with it and shown from an object URL.

export type DocumentQuery = StoreListPortalDocumentsParams

export const documentKeys = {
  all: ["documents"] as const,
  lists: () => [...documentKeys.all, "list"] as const,
  list: (query: DocumentQuery) => [...documentKeys.lists(), query] as const,
  files: () => [...documentKeys.all, "file"] as const,
  file: (id: string) => [...documentKeys.files(), id] as const,
}

/** Staff's requests for documents; an upload or "Done uploading" refreshes them and the list. */
export const documentRequestKeys = {
  all: ["document-requests"] as const,
  lists: () => [...documentRequestKeys.all, "list"] as const,
  list: (query: ListPortalDocumentRequestsParams) =>
    [...documentRequestKeys.lists(), query] as const,
  detail: (id: string) => [...documentRequestKeys.all, "detail", id] as const,
}

const requestPath = (id: string) => `/store/portal/document-requests/${encodeURIComponent(id)}`

/** A file for one item of a request; `done` when the contact ticked they are done uploading. */
export type RequestedUpload = { requestId: string; itemId: string; file: File; done: boolean }

const filePath = (id: string) => `/store/portal/documents/${encodeURIComponent(id)}/file`

/**
 * The media type a file is handed to the browser as: the checked type for what it may show
 * (a PDF, a picture), else a plain download, so nothing else ever renders in a tab of ours.
 */
const shownType = (document: StorePortalDocument) =>
  document.previewable ? document.mime_type : "application/octet-stream"

export const documents = {
  list: (query: DocumentQuery) =>
    memberFetch<StorePortalDocumentListResponse>("/store/portal/documents", { query }),
  /** The file's bytes, with the member's login, typed as the browser may show them. */
  file: async (document: StorePortalDocument): Promise<Blob> => {
    // Any accept but JSON: the SDK then answers the raw response.
    const response = await memberFetch<Response>(filePath(document.id), {
      headers: { accept: document.mime_type },
    })
    return new Blob([await response.blob()], { type: shownType(document) })
  },
  requests: (query: ListPortalDocumentRequestsParams) =>
    memberFetch<StorePortalDocumentRequestListResponse>("/store/portal/document-requests", {
      query,
    }),
  request: (id: string) => memberFetch<StorePortalDocumentRequestResponse>(requestPath(id)),
  upload: ({ requestId, itemId, file, done }: RequestedUpload) => {
    const form = new FormData()
    form.append("done", done ? "true" : "false")
    form.append("file", file, file.name)
    return memberUpload<StorePortalDocumentRequestResponse>(
      `${requestPath(requestId)}/items/${encodeURIComponent(itemId)}/uploads`,
      form
    )
  },
  done: (id: string) =>
    memberFetch<StorePortalDocumentRequestDoneResponse>(`${requestPath(id)}/done`, {
      method: "POST",
    }),
}

/** A page of documents, newest first; the previous page stays shown while the next loads. */
export const useDocuments = (query: DocumentQuery, options?: ListOptions) =>
  useQuery(listQuery(documentKeys.list(query), () => documents.list(query), options))

/** Staff's requests of the active company, newest first. */
export const useDocumentRequests = (
  query: ListPortalDocumentRequestsParams = {},
  options?: ListOptions
) => useQuery(listQuery(documentRequestKeys.list(query), () => documents.requests(query), options))

export const useDocumentRequest = (id: string) =>
  useQuery({ queryKey: documentRequestKeys.detail(id), queryFn: () => documents.request(id) })

/** After an upload or "Done uploading": the requests and the documents list are stale. */
function useRequestMutation<V>(
  mutationFn: (variables: V) => Promise<StorePortalDocumentRequestResponse>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: ({ document_request }) => {
      queryClient.setQueryData(documentRequestKeys.detail(document_request.id), {
        document_request,
      })
      // Not awaited: the dialog closes at once, the lists follow.
      void queryClient.invalidateQueries({ queryKey: documentRequestKeys.lists() })
      void queryClient.invalidateQueries({ queryKey: documentKeys.lists() })
    },
  })
}

/** Uploads a file for one item of a request. */
export const useUploadRequestedDocument = () => useRequestMutation(documents.upload)

/** "Done uploading": the request is done; a second press is harmless on the server. */
export const useDocumentRequestDone = () => useRequestMutation(documents.done)

/** A document's file never changes: fetched once, kept while shown. */
const fileQuery = (document: StorePortalDocument) => ({
  queryKey: documentKeys.file(document.id),
  queryFn: () => documents.file(document),
  staleTime: Infinity,
})

/**
 * How the page fetches a file to open or save: a picture from the cache its thumbnail
 * filled, anything else once, without keeping its bytes.
 */
export function useDocumentFile() {
  const queryClient = useQueryClient()
  return (document: StorePortalDocument) =>
    document.picture ? queryClient.ensureQueryData(fileQuery(document)) : documents.file(document)
}

/**
 * A picture's object URL for an `<img>` (null while loading), revoked when the picture is no
 * longer shown; `failed` when it could not be fetched.
 */
export function usePictureUrl(document: StorePortalDocument) {
  const query = useQuery(fileQuery(document))
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!query.data) return
    const next = URL.createObjectURL(query.data)
    setUrl(next)
    return () => {
      URL.revokeObjectURL(next)
      setUrl(null)
    }
  }, [query.data])
  return { url, failed: query.isError }
}
