import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MAX_DOCUMENT_BYTES } from "../../../../shared/documents"
import {
  DocumentRequestParams,
  ListDocumentRequestsParams,
} from "../../../admin/portal/documents/validators"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { featureGuard } from "../feature-guard"
import { RequestItemParams, StoreUploadRequestedDocument } from "./validators"

const REQUESTS = "/store/portal/document-requests"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const REQUESTED_DOCUMENT_UPLOAD = `${REQUESTS}/:id/items/:item_id/uploads`

/**
 * `/store/portal/document-requests`: what the active company is asked to upload. Contacts
 * with `documents.view` read the requests; `documents.upload` uploads and says "Done
 * uploading" (docs/ARCHITECTURE.md, "Documents"). The guard runs before any validator.
 */
export const storePortalDocumentRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: REQUESTS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("documents.view"),
      featureGuard("documents"),
      validateAndTransformQuery(ListDocumentRequestsParams, { isList: true }),
    ],
  },
  {
    matcher: `${REQUESTS}/:id`,
    method: ["GET"],
    middlewares: [
      ...memberGuard("documents.view"),
      featureGuard("documents"),
      validateParams(DocumentRequestParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
  {
    matcher: `${REQUESTS}/:id/done`,
    method: ["POST"],
    middlewares: [
      ...memberGuard("documents.upload"),
      featureGuard("documents"),
      validateParams(DocumentRequestParams),
      validateAndTransformBody(NoBody),
    ],
  },
  {
    matcher: REQUESTED_DOCUMENT_UPLOAD,
    method: ["POST"],
    middlewares: [
      ...memberGuard("documents.upload"),
      featureGuard("documents"),
      validateParams(RequestItemParams),
      singleFileUpload("file", MAX_DOCUMENT_BYTES),
      validateAndTransformBody(StoreUploadRequestedDocument),
    ],
  },
]
