import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { LOGO_IMAGE_TYPES, logoImageType } from "../../../../../shared/portal-settings"
import { ensurePortalChannel, updatePortalSettingsWorkflow } from "../../../../../workflows/portal"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminPortalSettingsResponse } from "../../../../../shared/http"
import { settingsResponse } from "../presenters"

type UploadRequest = AuthenticatedMedusaRequest & { file?: { buffer: Buffer } }

/**
 * Uploads the portal's logo (multipart field `file`) and makes it the logo. Only
 * PNG, JPEG and WebP are taken, recognised by their bytes, never by the name or
 * type the browser sent: an SVG could carry script. The file is stored publicly
 * (buyers' pages show it) under a random name with the extension of what it is.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<AdminPortalSettingsResponse>
) => {
  const bytes = req.file?.buffer
  if (!bytes?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Upload the logo as the multipart field `file`"
    )
  }
  const type = logoImageType(bytes)
  if (!type) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The logo must be a PNG, JPEG or WebP image"
    )
  }
  const file = await req.scope.resolve(Modules.FILE).createFiles({
    filename: `${randomUUID()}.${type === "jpeg" ? "jpg" : type}`,
    mimeType: LOGO_IMAGE_TYPES[type],
    content: bytes.toString("base64"),
    access: "public",
  })
  const channel = await ensurePortalChannel(req.scope)
  const settings = await runWorkflow(updatePortalSettingsWorkflow, req.scope, {
    logo_url: file.url,
  })
  res.json(settingsResponse(settings, channel))
}
