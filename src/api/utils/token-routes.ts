import { createRequire } from "node:module"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Routes whose path carries a secret: `/store/portal/quote-links/<token>/…`
 * and `/store/portal/invitations/<token>` (`accept` there is a route name, its
 * token travels in the body). Express matches paths case-insensitively, so
 * this does too (docs/ARCHITECTURE.md, "Security rules").
 */
const TOKEN_ROUTE = /^\/store\/portal\/(quote-links|invitations)(\/|$)/i
const TOKEN_SEGMENT =
  /(\/store\/portal\/(?:quote-links\/|invitations\/(?!accept(?:[/?#]|$))))([^/?#]+)/gi

/** What logs show in place of a token. */
export const REDACTED_TOKEN = ":token"

/** Whether `path` (no query) is a token route's. */
export const isTokenRoute = (path: string) => TOKEN_ROUTE.test(path)

/** `url` with every token in a token route's path replaced by `replacement`. */
export const maskTokens = (url: string, replacement = REDACTED_TOKEN) =>
  url.replace(TOKEN_SEGMENT, (_, prefix: string) => `${prefix}${replacement}`)

/** The token in a token route's path, still percent-encoded, or null. */
export function tokenInPath(path: string): string | null {
  TOKEN_SEGMENT.lastIndex = 0
  const match = TOKEN_SEGMENT.exec(path)
  TOKEN_SEGMENT.lastIndex = 0
  return match && match.index === 0 ? match[2] : null
}

/**
 * The no-leak headers, and the token out of `originalUrl` (what the access
 * log prints). `req.url` keeps it: routing and the guards still read it.
 */
function shield(req: MedusaRequest, res: MedusaResponse) {
  if (!res.headersSent) {
    res.setHeader("Referrer-Policy", "no-referrer")
    res.setHeader("Cache-Control", "no-store")
  }
  req.originalUrl = maskTokens(req.originalUrl)
}

/**
 * The first of our middlewares on `/store/portal`: every answer of a token
 * route, refusals by any later guard included, carries the headers, and the
 * access log never sees the token.
 */
export function shieldTokenRoutes(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (isTokenRoute(`${req.baseUrl}${req.path}`)) shield(req, res)
  next()
}

/**
 * For the error handler, which also answers what Medusa refuses before any
 * middleware of ours (body parser, publishable key): the headers, and the
 * token out of `req.url` too, whose path Medusa's handler logs.
 */
export function shieldTokenRouteError(req: MedusaRequest, res: MedusaResponse) {
  if (!isTokenRoute(req.path)) return
  shield(req, res)
  req.url = maskTokens(req.url)
}

/**
 * Medusa's access log (morgan, in Medusa's own express loader) prints
 * `originalUrl` for requests no code of ours sees, such as CORS preflights,
 * which Medusa answers first: its `url` token is redefined, with morgan's own
 * `token()`, to print token routes masked. Resolved from Medusa's framework, so
 * it is the instance Medusa logs with.
 */
export function maskTokensInAccessLog() {
  const frameworkRequire = createRequire(require.resolve("@medusajs/framework/http"))
  const morgan = frameworkRequire("morgan") as {
    token: (name: string, fn: (req: { originalUrl?: string; url?: string }) => string) => void
  }
  morgan.token("url", (req) => maskTokens(req.originalUrl || req.url || ""))
}
