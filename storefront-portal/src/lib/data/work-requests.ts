import type { StorePortalDocument } from "@shared/http/documents"
import type {
  StoreCreatePortalWorkRequestBody,
  StoreListPortalWorkRequestsParams,
  StorePortalWorkRequestListResponse,
  StorePortalWorkRequestResponse,
} from "@shared/http/work-requests"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { memberFetch, memberUpload } from "../member-api"
import { listQuery, type ListOptions } from "./lists"

// The active company's work requests (docs/ARCHITECTURE.md, "Work requests"): a contact asks
// for a job or reports a problem, follows it and answers staff in its thread, and attaches
// files; a company switch resets these queries. An attachment is served only to the member's
// login, so it is fetched with it and handed to the browser as an object URL.

export type WorkRequestQuery = StoreListPortalWorkRequestsParams

export const workRequestKeys = {
  all: ["work-requests"] as const,
  lists: () => [...workRequestKeys.all, "list"] as const,
  list: (query: WorkRequestQuery) => [...workRequestKeys.lists(), query] as const,
  details: () => [...workRequestKeys.all, "detail"] as const,
  detail: (id: string) => [...workRequestKeys.details(), id] as const,
}

const requestPath = (id: string) => `/store/portal/work-requests/${encodeURIComponent(id)}`

/** A file for a request's attachments. */
export type WorkRequestUpload = { requestId: string; file: File }

/** A reply in a request's thread. */
export type WorkRequestReply = { requestId: string; body: string }

export const workRequests = {
  list: (query: WorkRequestQuery) =>
    memberFetch<StorePortalWorkRequestListResponse>("/store/portal/work-requests", { query }),
  retrieve: (id: string) => memberFetch<StorePortalWorkRequestResponse>(requestPath(id)),
  create: (body: StoreCreatePortalWorkRequestBody) =>
    memberFetch<StorePortalWorkRequestResponse>("/store/portal/work-requests", {
      method: "POST",
      body,
    }),
  reply: ({ requestId, body }: WorkRequestReply) =>
    memberFetch<StorePortalWorkRequestResponse>(`${requestPath(requestId)}/messages`, {
      method: "POST",
      body: { body },
    }),
  attach: ({ requestId, file }: WorkRequestUpload) => {
    const form = new FormData()
    form.append("file", file, file.name)
    return memberUpload<StorePortalWorkRequestResponse>(
      `${requestPath(requestId)}/attachments`,
      form
    )
  },
  /**
   * An attachment's bytes, with the member's login, typed as the browser may show them (a
   * PDF, a picture), else as a plain download, so nothing else renders in a tab of ours.
   */
  file: async (requestId: string, document: StorePortalDocument): Promise<Blob> => {
    // Any accept but JSON: the SDK then answers the raw response.
    const response = await memberFetch<Response>(
      `${requestPath(requestId)}/attachments/${encodeURIComponent(document.id)}`,
      { headers: { accept: document.mime_type } }
    )
    return new Blob([await response.blob()], {
      type: document.previewable ? document.mime_type : "application/octet-stream",
    })
  },
}

/** A page of requests, latest activity first; the previous page stays shown while the next loads. */
export const useWorkRequests = (query: WorkRequestQuery, options?: ListOptions) =>
  useQuery(listQuery(workRequestKeys.list(query), () => workRequests.list(query), options))

export const useWorkRequest = (id: string) =>
  useQuery({ queryKey: workRequestKeys.detail(id), queryFn: () => workRequests.retrieve(id) })

/** Whatever changed a request answers it whole: its page shows that, the lists follow. */
function useRequestMutation<V>(
  mutationFn: (variables: V) => Promise<StorePortalWorkRequestResponse>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: ({ work_request }) => {
      queryClient.setQueryData(workRequestKeys.detail(work_request.id), { work_request })
      // Not awaited: the page shows the answer at once, the lists follow.
      void queryClient.invalidateQueries({ queryKey: workRequestKeys.lists() })
    },
  })
}

/** Submits a new request (its files follow, one upload each, with `useAttachToWorkRequest`). */
export const useCreateWorkRequest = () => useRequestMutation(workRequests.create)

/** A reply in the thread; a reply to a request waiting on the client puts it back in progress. */
export const useReplyToWorkRequest = () => useRequestMutation(workRequests.reply)

/** Attaches one file to a request. */
export const useAttachToWorkRequest = () => useRequestMutation(workRequests.attach)

/** After a refusal (a request closed meanwhile): the request as the server has it now. */
export function useRefreshWorkRequest() {
  const queryClient = useQueryClient()
  return (id: string) => queryClient.invalidateQueries({ queryKey: workRequestKeys.detail(id) })
}
