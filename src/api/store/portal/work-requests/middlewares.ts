import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MAX_DOCUMENT_BYTES } from "../../../../shared/documents"
import {
  StoreCreateWorkRequest,
  StoreListWorkRequestsParams,
  WorkRequestAttachmentParams,
  WorkRequestMessage,
  WorkRequestParams,
} from "../../../admin/portal/work-requests/validators"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { featureGuard } from "../feature-guard"

const REQUESTS = "/store/portal/work-requests"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const STORE_WORK_REQUEST_UPLOAD = `${REQUESTS}/:id/attachments`

/** Writes answer the request as it now is, so they need its view too. */
const guard = (permission: "work_requests.view" | "work_requests.submit") => [
  ...memberGuard(
    permission === "work_requests.submit" ? ["work_requests.view", permission] : permission
  ),
  featureGuard("work_requests"),
]

/**
 * `/store/portal/work-requests`: the active company's work requests, for contacts whose teams
 * allow `work_requests.view`; `work_requests.submit` submits, replies and attaches files,
 * while the merchant offers work requests (docs/ARCHITECTURE.md, "Work requests"). The guard
 * runs before any validator.
 */
export const storePortalWorkRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: REQUESTS,
    method: ["GET"],
    middlewares: [
      ...guard("work_requests.view"),
      validateAndTransformQuery(StoreListWorkRequestsParams, { isList: true }),
    ],
  },
  {
    matcher: REQUESTS,
    method: ["POST"],
    middlewares: [
      ...guard("work_requests.submit"),
      validateAndTransformBody(StoreCreateWorkRequest),
    ],
  },
  {
    matcher: `${REQUESTS}/:id`,
    method: ["GET"],
    middlewares: [
      ...guard("work_requests.view"),
      validateParams(WorkRequestParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
  {
    matcher: `${REQUESTS}/:id/messages`,
    method: ["POST"],
    middlewares: [
      ...guard("work_requests.submit"),
      validateParams(WorkRequestParams),
      validateAndTransformBody(WorkRequestMessage),
    ],
  },
  {
    matcher: STORE_WORK_REQUEST_UPLOAD,
    method: ["POST"],
    middlewares: [
      ...guard("work_requests.submit"),
      validateParams(WorkRequestParams),
      singleFileUpload("file", MAX_DOCUMENT_BYTES),
      validateAndTransformBody(NoBody),
    ],
  },
  {
    matcher: `${REQUESTS}/:id/attachments/:document_id`,
    method: ["GET"],
    middlewares: [
      ...guard("work_requests.view"),
      validateParams(WorkRequestAttachmentParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
]
