import { z } from "@medusajs/framework/zod"
import type {
  AdminConvertPortalWorkRequestBody,
  AdminListPortalWorkRequestsParams,
  AdminPortalWorkRequestMessageBody,
  AdminUpdatePortalWorkRequestBody,
  PortalWorkRequestMessageBody,
  StoreCreatePortalWorkRequestBody,
  StoreListPortalWorkRequestsParams,
} from "../../../../shared/http"
import {
  MAX_WORK_REQUEST_DESCRIPTION_LENGTH,
  MAX_WORK_REQUEST_MESSAGE_LENGTH,
  MAX_WORK_REQUEST_SUBJECT_LENGTH,
  WORK_REQUEST_STATUSES,
} from "../../../../shared/work-requests"
import { pageParams } from "../../../utils/query-params"
import { calendarDate, longText, oneLineText } from "../../../utils/text-fields"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** Work requests' validators, the store's and the admin's (docs/ARCHITECTURE.md, "Work requests"). */

export const WorkRequestParams = z.object({ id: prefixedId("pwreq") }).strict()
export const WorkRequestAttachmentParams = z
  .object({ id: prefixedId("pwreq"), document_id: prefixedId("pdoc") })
  .strict()

const status = z.enum(WORK_REQUEST_STATUSES)

/** `limit`, `offset`, and a status or `open`. */
export const StoreListWorkRequestsParams = pageParams({
  status: z.union([status, z.literal("open")]).optional(),
})
export type StoreListWorkRequestsParamsType = z.infer<typeof StoreListWorkRequestsParams>

/** Staff's queue: also by company, by assignee (`none`: nobody), by number or subject. */
export const AdminListWorkRequestsParams = pageParams({
  status: z.union([status, z.literal("open")]).optional(),
  company_id: prefixedId("pcomp").optional(),
  assignee_id: z.union([prefixedId("user"), z.literal("none")]).optional(),
  q: oneLineText(200).optional(),
})
export type AdminListWorkRequestsParamsType = z.infer<typeof AdminListWorkRequestsParams>

const required = (field: string) => z.string().min(1, `${field} is required`)

export const StoreCreateWorkRequest = z
  .object({
    subject: oneLineText(MAX_WORK_REQUEST_SUBJECT_LENGTH).pipe(required("subject")),
    description: longText(MAX_WORK_REQUEST_DESCRIPTION_LENGTH).pipe(required("description")),
    preferred_date: calendarDate("preferred_date").nullish(),
  })
  .strict()
export type StoreCreateWorkRequestType = z.infer<typeof StoreCreateWorkRequest>

const body = longText(MAX_WORK_REQUEST_MESSAGE_LENGTH).pipe(required("body"))

export const WorkRequestMessage = z.object({ body }).strict()
export type WorkRequestMessageType = z.infer<typeof WorkRequestMessage>

export const AdminWorkRequestMessage = z.object({ body, status: status.optional() }).strict()
export type AdminWorkRequestMessageType = z.infer<typeof AdminWorkRequestMessage>

export const AdminUpdateWorkRequest = z
  .object({ status: status.optional(), assignee_id: prefixedId("user").nullish() })
  .strict()
  .refine((value) => value.status !== undefined || value.assignee_id !== undefined, {
    message: "give a status or an assignee_id",
  })
export type AdminUpdateWorkRequestType = z.infer<typeof AdminUpdateWorkRequest>

export const AdminConvertWorkRequest = z
  .object({ region_id: prefixedId("reg").optional() })
  .strict()
export type AdminConvertWorkRequestType = z.infer<typeof AdminConvertWorkRequest>

/** The shared request types (src/shared/http/work-requests.ts) are these validators'. */
export type WorkRequestContract = [
  Assert<AgreesWith<StoreListPortalWorkRequestsParams, typeof StoreListWorkRequestsParams>>,
  Assert<AgreesWith<AdminListPortalWorkRequestsParams, typeof AdminListWorkRequestsParams>>,
  Assert<AgreesWith<StoreCreatePortalWorkRequestBody, typeof StoreCreateWorkRequest>>,
  Assert<AgreesWith<PortalWorkRequestMessageBody, typeof WorkRequestMessage>>,
  Assert<AgreesWith<AdminPortalWorkRequestMessageBody, typeof AdminWorkRequestMessage>>,
  Assert<AgreesWith<AdminUpdatePortalWorkRequestBody, typeof AdminUpdateWorkRequest>>,
  Assert<AgreesWith<AdminConvertPortalWorkRequestBody, typeof AdminConvertWorkRequest>>,
]
