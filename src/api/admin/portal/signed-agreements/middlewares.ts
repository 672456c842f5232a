import type { MiddlewareRoute } from "@medusajs/framework/http"
import { singleFileUpload } from "../../../utils/input-guard"

/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const VERIFY_UPLOAD = "/admin/portal/signed-agreements/:id/verify"

/** Verifying an uploaded signed agreement against the one on record. */
export const adminPortalSignedAgreementRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: VERIFY_UPLOAD,
    method: ["POST"],
    middlewares: [singleFileUpload("file", 25 * 1024 * 1024)],
  },
]
