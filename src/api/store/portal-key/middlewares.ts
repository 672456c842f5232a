import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { hiddenFieldsFor, withoutHiddenFields } from "./hidden-fields"

/** Our own routes: they apply the settings themselves, and sent quotes keep their prices. */
const PORTAL_ROUTES = /^\/store\/portal(\/|\?|$)/

/** A key's token never changes, so each id is looked up once per process. */
const tokens = new Map<string, string>()

async function keyToken(container: MedusaContainer, id: string): Promise<string | undefined> {
  const known = tokens.get(id)
  if (known) return known
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "api_key", fields: ["token"], filters: { id } })
  const token = data[0]?.token as string | undefined
  if (token) tokens.set(id, token)
  return token
}

/**
 * Under the portal's publishable key, strips what the settings hide (prices, stock)
 * from every JSON answer of Medusa's own `/store/*` routes: the fields Medusa adds by
 * default (cart totals) can't be taken out of the query, only out of the answer.
 * Runs after Medusa's publishable-key check, which sets `publishable_key_context`
 * (docs/ARCHITECTURE.md, "Hidden prices and stock on Medusa's store routes").
 */
export function portalKeyHiding() {
  return async (req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      // Optional all the same: a route of Medusa's may opt out of the key check.
      const token = req.publishable_key_context?.key
      if (!token || PORTAL_ROUTES.test(req.originalUrl)) return next()
      const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
      const settings = await portal.getSettings()
      const hidden = hiddenFieldsFor(settings)
      const keyId = settings.portal_publishable_key_id
      if (!hidden || !keyId || (await keyToken(req.scope, keyId)) !== token) return next()
      const json = res.json.bind(res)
      res.json = (body: unknown) => json(withoutHiddenFields(body, hidden))
      return next()
    } catch (error) {
      return next(error)
    }
  }
}

/** Every store route, ours excepted (see PORTAL_ROUTES). */
export const storePortalKeyRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store", middlewares: [portalKeyHiding()] },
]
