import type {
  StoreListPortalDocumentsParams,
  StorePortalDocument,
  StorePortalDocumentListResponse,
} from "@shared/http/documents"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { memberFetch } from "../member-api"
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
}

/** A page of documents, newest first; the previous page stays shown while the next loads. */
export const useDocuments = (query: DocumentQuery, options?: ListOptions) =>
  useQuery(listQuery(documentKeys.list(query), () => documents.list(query), options))

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
