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
 * The client's address: the socket's peer, or past trusted proxies the nearest untrusted
 * `X-Forwarded-For` hop. Not Medusa's `req.ip`, which believes one hop from anyone; a wrong
 * proxy list fails closed (docs/ARCHITECTURE.md, "Security rules").
 */
export function clientAddress(req: MedusaRequest): string {
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  return proxyaddr(req, trustFor(portal.trustedProxies())) || "unknown"
}
