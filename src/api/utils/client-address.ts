import type { MedusaRequest } from "@medusajs/framework/http"
import proxyaddr from "proxy-addr"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"

type Trust = (address: string, hop: number) => boolean
const compiled = new Map<string, Trust>()

function trustFor(proxies: string[]): Trust {
  const key = proxies.join(",")
  let trust = compiled.get(key)
  if (!trust) {
    trust = proxyaddr.compile(proxies)
    compiled.set(key, trust)
  }
  return trust
}

/**
 * The address of the client that sent `req`: the socket's peer, unless that
 * peer is one of the configured trusted proxies, in which case the nearest
 * untrusted hop of `X-Forwarded-For`. Medusa's own `req.ip` believes one hop
 * of that header from anyone, so the portal never uses it: this address keys
 * the link rate limit and is recorded with a signature (docs/ARCHITECTURE.md,
 * "Security rules"). A wrong proxy list fails closed to the socket address.
 */
export function clientAddress(req: MedusaRequest): string {
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  return proxyaddr(req, trustFor(portal.trustedProxies())) || "unknown"
}
