import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"

/** The portal module's service, for the accounts steps beside this file. */
export const portalService = (container: MedusaContainer): PortalModuleService =>
  container.resolve(PORTAL_MODULE)
