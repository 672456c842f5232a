import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { MAX_DOCUMENT_BYTES } from "../../shared/documents"
import type {
  AdminConvertPortalWorkRequestBody,
  AdminConvertPortalWorkRequestResponse,
  AdminListPortalWorkRequestsParams,
  AdminPortalWorkRequestListResponse,
  AdminPortalWorkRequestMessageBody,
  AdminPortalWorkRequestResponse,
  AdminUpdatePortalWorkRequestBody,
} from "../../shared/http/work-requests"
import { hasStatus } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { quoteKeys } from "./quotes"
import { type StaffUser, userKeys } from "./users"

/** The admin's names for the work request routes' shapes (src/shared/http/work-requests.ts). */
export type {
  AdminPortalWorkRequest as WorkRequest,
  AdminPortalWorkRequestSummary as WorkRequestSummary,
  PortalWorkRequestMessage as WorkRequestMessage,
  AdminUpdatePortalWorkRequestBody as UpdateWorkRequestBody,
} from "../../shared/http/work-requests"
export { WORK_REQUEST_STATUSES, type WorkRequestStatus } from "../../shared/work-requests"

/** A page of the triage queue: the list page sets limit and offset. */
export type WorkRequestListParams = AdminListPortalWorkRequestsParams & {
  limit: number
  offset: number
}

const BASE = "/admin/portal/work-requests"

export const workRequestKeys = queryKeysFactory("work_requests")

export function useWorkRequests(
  params: WorkRequestListParams,
  options: { enabled?: boolean } = {}
) {
  return useQuery({
    queryKey: workRequestKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalWorkRequestListResponse>(BASE, {
        query: {
          limit: params.limit,
          offset: params.offset,
          status: params.status || undefined,
          company_id: params.company_id || undefined,
          assignee_id: params.assignee_id || undefined,
          q: params.q?.trim() || undefined,
        },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  })
}

export function useWorkRequest(id: string) {
  return useQuery({
    queryKey: workRequestKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPortalWorkRequestResponse>(`${BASE}/${id}`),
    select: (data) => data.work_request,
  })
}

/**
 * After a change: the answer is the request as it is now, so its page shows it at once, and
 * the lists (whose status, assignee and last activity it may have moved) reload.
 */
function useSettle() {
  const queryClient = useQueryClient()
  return {
    onSuccess: (data: AdminPortalWorkRequestResponse) =>
      queryClient.setQueryData(workRequestKeys.detail(data.work_request.id), {
        work_request: data.work_request,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workRequestKeys.lists() }),
  }
}

/** Triage: the status and the assignee (null: nobody), each saved on its own. */
export function useUpdateWorkRequest(id: string) {
  return useMutation({
    mutationFn: (body: AdminUpdatePortalWorkRequestBody) =>
      sdk.client.fetch<AdminPortalWorkRequestResponse>(`${BASE}/${id}`, {
        method: "POST",
        body,
      }),
    ...useSettle(),
  })
}

/** A staff reply in the thread, optionally moving the request on ("waiting on client"). */
export function useReplyToWorkRequest(id: string) {
  return useMutation({
    mutationFn: (body: AdminPortalWorkRequestMessageBody) =>
      sdk.client.fetch<AdminPortalWorkRequestResponse>(`${BASE}/${id}/messages`, {
        method: "POST",
        body,
      }),
    ...useSettle(),
  })
}

/** A refusal for a file over the limit, which multer answers without the server's sentence. */
const tooLarge = () =>
  new Error(
    `The file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB, the most an attachment may be.`
  )

/** Attaches a file to the request (multipart); the server checks it by its content. */
export function useAttachToWorkRequest(id: string) {
  return useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge()
      const body = new FormData()
      body.append("file", file)
      try {
        return await sdk.client.fetch<AdminPortalWorkRequestResponse>(`${BASE}/${id}/attachments`, {
          method: "POST",
          // Let the browser set the multipart content type with its boundary.
          headers: { "content-type": null },
          body,
        })
      } catch (error) {
        throw hasStatus(error, 413) ? tooLarge() : error
      }
    },
    ...useSettle(),
  })
}

/** Makes a draft quote of the request for its contact; the request links to it. */
export function useConvertWorkRequest(id: string) {
  const queryClient = useQueryClient()
  const settle = useSettle()
  return useMutation({
    mutationFn: (body: AdminConvertPortalWorkRequestBody = {}) =>
      sdk.client.fetch<AdminConvertPortalWorkRequestResponse>(`${BASE}/${id}/quote`, {
        method: "POST",
        body,
      }),
    onSuccess: settle.onSuccess,
    onSettled: () =>
      Promise.all([
        settle.onSettled(),
        // A 409 means a quote was made meanwhile: the page learns of it too.
        queryClient.invalidateQueries({ queryKey: workRequestKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: quoteKeys.lists() }),
      ]),
  })
}

/** The signed-in admin user: the list's "Assigned to me" and the detail's "Assign to me". */
export function useCurrentUser() {
  return useQuery({
    queryKey: [...userKeys.all, "me"] as const,
    queryFn: () =>
      sdk.client.fetch<{ user: StaffUser }>("/admin/users/me", {
        query: { fields: "id,email,first_name,last_name" },
      }),
    select: (data) => data.user,
    staleTime: 5 * 60_000,
  })
}
