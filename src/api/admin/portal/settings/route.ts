import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { ensurePortalChannel, updatePortalSettingsWorkflow } from "../../../../workflows/portal"
import { runWorkflow } from "../../../utils/run-workflow"
import type { AdminPortalSettingsResponse } from "../../../../shared/http"
import { settingsResponse } from "./presenters"
import type { AdminUpdatePortalSettingsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalSettingsResponse>
) => {
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  const channel = await ensurePortalChannel(req.scope)
  res.json(settingsResponse(await portal.getSettings(), channel))
}

/** A partial update: fields left out keep their value, null restores a fallback. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalSettingsType>,
  res: MedusaResponse<AdminPortalSettingsResponse>
) => {
  const channel = await ensurePortalChannel(req.scope)
  const settings = await runWorkflow(updatePortalSettingsWorkflow, req.scope, req.validatedBody)
  res.json(settingsResponse(settings, channel))
}
