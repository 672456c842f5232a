import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MAX_LOGO_BYTES } from "../../../../shared/portal-settings"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoBody } from "../../../utils/query-params"
import { takesNothing } from "../../../utils/takes-nothing"
import { AdminUpdatePortalSettings } from "./validators"

const SETTINGS = "/admin/portal/settings"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const LOGO_UPLOAD = `${SETTINGS}/logo`

/** Portal settings and the logo upload. */
export const adminPortalSettingsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: SETTINGS,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePortalSettings)],
  },
  {
    matcher: LOGO_UPLOAD,
    method: ["POST"],
    middlewares: [singleFileUpload("file", MAX_LOGO_BYTES), validateAndTransformBody(NoBody)],
  },
  takesNothing(SETTINGS, "GET"),
]
