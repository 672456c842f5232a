import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MAX_DOCUMENT_BYTES } from "../../../../shared/documents"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { CompanyParams } from "../companies/validators"
import {
  AdminCreateDocumentRequest,
  AdminShareDocument,
  AdminUpdateDocumentRequest,
  DocumentParams,
  DocumentRequestParams,
  ListDocumentRequestsParams,
  ListDocumentsParams,
} from "./validators"

const COMPANY_DOCUMENTS = "/admin/portal/companies/:id/documents"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const DOCUMENT_UPLOAD = COMPANY_DOCUMENTS
const DOCUMENTS = "/admin/portal/documents"
const list = { isList: true }
const one = { isList: false }

/** Documents staff share with a company (docs/ARCHITECTURE.md, "Documents"). */
export const adminPortalDocumentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: COMPANY_DOCUMENTS,
    method: ["GET"],
    middlewares: [
      validateParams(CompanyParams),
      validateAndTransformQuery(ListDocumentsParams, list),
    ],
  },
  {
    matcher: DOCUMENT_UPLOAD,
    method: ["POST"],
    middlewares: [
      validateParams(CompanyParams),
      singleFileUpload("file", MAX_DOCUMENT_BYTES),
      validateAndTransformBody(AdminShareDocument),
    ],
  },
  ...[`${DOCUMENTS}/:id`, `${DOCUMENTS}/:id/file`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["GET"],
    middlewares: [validateParams(DocumentParams), validateAndTransformQuery(NoQueryParams, one)],
  })),
  {
    matcher: `${DOCUMENTS}/:id`,
    method: ["DELETE"],
    middlewares: [validateParams(DocumentParams), validateAndTransformBody(NoBody)],
  },
  // Document requests: what staff ask a company to upload.
  {
    matcher: "/admin/portal/companies/:id/document-requests",
    method: ["GET"],
    middlewares: [
      validateParams(CompanyParams),
      validateAndTransformQuery(ListDocumentRequestsParams, list),
    ],
  },
  {
    matcher: "/admin/portal/companies/:id/document-requests",
    method: ["POST"],
    middlewares: [
      validateParams(CompanyParams),
      validateAndTransformBody(AdminCreateDocumentRequest),
    ],
  },
  {
    matcher: "/admin/portal/document-requests/:id",
    method: ["GET"],
    middlewares: [
      validateParams(DocumentRequestParams),
      validateAndTransformQuery(NoQueryParams, one),
    ],
  },
  {
    matcher: "/admin/portal/document-requests/:id",
    method: ["POST"],
    middlewares: [
      validateParams(DocumentRequestParams),
      validateAndTransformBody(AdminUpdateDocumentRequest),
    ],
  },
]
