import Medusa, { FetchError } from "@medusajs/js-sdk"
import { config } from "./config"

/**
 * The quote link's client (docs/ARCHITECTURE.md, "Routes and guards") through Medusa's JS SDK. A link's token is its
 * only credential, so no cookies or stored tokens are sent. The requests themselves are in lib/data.
 */
export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore", fetchCredentials: "omit" },
})

export { FetchError }

/** What went wrong, in words a buyer can act on. */
export function describeError(error: unknown): string {
  if (error instanceof FetchError) {
    if (error.status === 429) return "Too many attempts. Wait a minute and try again."
    if (error.status && error.status >= 500) return "The server had a problem. Try again."
    return error.message || "That did not work. Try again."
  }
  return "We could not reach the server. Check your connection and try again."
}

/**
 * Whether asking again may help: a lost connection or the server's own failure
 * (5xx). A 4xx says the same the next time, so a bad or foreign id shows "not
 * found" at once instead of after retries.
 */
export const mayRetry = (error: unknown) =>
  !(error instanceof FetchError) || !error.status || error.status >= 500

export const isNotFound = (error: unknown) => error instanceof FetchError && error.status === 404
export const isConflict = (error: unknown) => error instanceof FetchError && error.status === 409
