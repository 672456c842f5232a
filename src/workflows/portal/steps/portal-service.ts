import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import type AccountsModuleService from "../../../modules/accounts/service"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"

/** The portal module's service, for the accounts steps beside this file. */
export const portalService = (container: MedusaContainer): PortalModuleService =>
  container.resolve(PORTAL_MODULE)

/** The accounts module's service (companies, members, teams, invitations), for the same steps. */
export const accountsService = (container: MedusaContainer): AccountsModuleService =>
  container.resolve(ACCOUNTS_MODULE)
