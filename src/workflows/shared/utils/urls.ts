import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../modules/quote"

/** Vite's dev server, when neither the `portalUrl` option nor `PORTAL_URL` names the portal. */
const DEFAULT_PORTAL_URL = "http://localhost:5173"

/**
 * The plugin's `portalUrl` option. Medusa gives a plugin's options to each of its
 * modules; the quote module's declaration is the one a development medusa-config.ts
 * also sets, so it is read there.
 */
export function portalUrlOption(config: Pick<ConfigModule, "modules">): string | undefined {
  const declaration = config.modules?.[QUOTE_MODULE]
  const options = typeof declaration === "object" ? declaration.options : undefined
  const value = (options as { portalUrl?: unknown } | undefined)?.portalUrl
  return typeof value === "string" && value ? value : undefined
}

/** `path` on the portal at `base`, else `PORTAL_URL`: never a request's Host (docs/ARCHITECTURE.md, "Security rules"). */
export function portalPageUrl(base: string | undefined, path: string): string {
  const root = base || process.env.PORTAL_URL || DEFAULT_PORTAL_URL
  return `${root.replace(/\/+$/, "")}${path}`
}

/** Every link to a portal page (quote links, invitations, resets, contact emails) is built here. */
export function portalUrl(container: MedusaContainer, path: string): string {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  return portalPageUrl(portalUrlOption(config), path)
}

/**
 * A page of Medusa's admin, for staff alerts: `MEDUSA_ADMIN_URL`, else the
 * backend's URL (`MEDUSA_BACKEND_URL`, as the file module uses) with `/app`.
 */
export function adminPageUrl(path: string): string {
  const backend = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
  const base = process.env.MEDUSA_ADMIN_URL || `${backend.replace(/\/+$/, "")}/app`
  return `${base.replace(/\/+$/, "")}${path}`
}
