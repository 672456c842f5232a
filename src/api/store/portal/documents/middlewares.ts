import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { featureGuard } from "../feature-guard"
import { MemberDocumentPathParams, StoreListDocumentsParams } from "./validators"

const DOCUMENTS = "/store/portal/documents"

/**
 * `/store/portal/documents`: the files shared with the active company, for contacts whose
 * teams allow `documents.view`, while the merchant offers documents (docs/ARCHITECTURE.md,
 * "Documents").
 */
export const storePortalDocumentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: DOCUMENTS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("documents.view"),
      featureGuard("documents"),
      validateAndTransformQuery(StoreListDocumentsParams, { isList: true }),
    ],
  },
  {
    matcher: `${DOCUMENTS}/:id/file`,
    method: ["GET"],
    middlewares: [
      ...memberGuard("documents.view"),
      featureGuard("documents"),
      validateParams(MemberDocumentPathParams),
      validateAndTransformQuery(NoQueryParams, { isList: false }),
    ],
  },
]
