import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MAX_DOCUMENT_BYTES } from "../../../../shared/documents"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import {
  AdminConvertWorkRequest,
  AdminListWorkRequestsParams,
  AdminUpdateWorkRequest,
  AdminWorkRequestMessage,
  WorkRequestParams,
} from "./validators"

const REQUESTS = "/admin/portal/work-requests"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const ADMIN_WORK_REQUEST_UPLOAD = `${REQUESTS}/:id/attachments`

/** Staff's work request queue and triage (docs/ARCHITECTURE.md, "Work requests"). */
export const adminPortalWorkRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: REQUESTS,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListWorkRequestsParams, { isList: true })],
  },
  {
    matcher: `${REQUESTS}/:id`,
    method: ["GET"],
    middlewares: [
      validateParams(WorkRequestParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
  {
    matcher: `${REQUESTS}/:id`,
    method: ["POST"],
    middlewares: [
      validateParams(WorkRequestParams),
      validateAndTransformBody(AdminUpdateWorkRequest),
    ],
  },
  {
    matcher: `${REQUESTS}/:id/messages`,
    method: ["POST"],
    middlewares: [
      validateParams(WorkRequestParams),
      validateAndTransformBody(AdminWorkRequestMessage),
    ],
  },
  {
    matcher: ADMIN_WORK_REQUEST_UPLOAD,
    method: ["POST"],
    middlewares: [
      validateParams(WorkRequestParams),
      singleFileUpload("file", MAX_DOCUMENT_BYTES),
      validateAndTransformBody(NoBody),
    ],
  },
  {
    matcher: `${REQUESTS}/:id/quote`,
    method: ["POST"],
    middlewares: [
      validateParams(WorkRequestParams),
      validateAndTransformBody(AdminConvertWorkRequest),
    ],
  },
]
