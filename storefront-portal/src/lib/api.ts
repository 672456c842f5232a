import { config } from "./config"
import type { Translate } from "./i18n"

/**
 * An HTTP answer of 300 or more, as Medusa's JS SDK throws it (`FetchError`: the
 * server's `message`, else the status text). The member client (member-api.ts) throws
 * the SDK's own class and the link client below this one; both carry `status` and
 * `statusText`, which is what the checks below read.
 */
export class FetchError extends Error {
  constructor(
    message: string,
    public statusText: string,
    public status: number
  ) {
    super(message)
  }
}

const isFetchError = (error: unknown): error is FetchError =>
  error instanceof Error && "status" in error && "statusText" in error

type LinkRequest = {
  method?: "GET" | "POST"
  body?: Record<string, unknown>
  /** A null value takes the header out. */
  headers?: Record<string, string | null>
}

/**
 * The quote link's client, written out as the SDK would send it so the quote page loads
 * without the SDK; the token is its only credential, so no cookies or stored tokens are sent
 * (docs/ARCHITECTURE.md, "Storefront portal").
 */
async function linkFetch<T>(path: string, init: LinkRequest = {}): Promise<T> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" })
  if (config.publishableKey) headers.set("x-publishable-api-key", config.publishableKey)
  headers.set("x-medusa-locale", storedLocale())
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    if (value === null) headers.delete(name)
    else headers.set(name, value)
  }
  const baseUrl = new URL(
    config.backendUrl === "" || config.backendUrl === "/"
      ? window.location.origin
      : config.backendUrl
  )
  const url = new URL(
    `${baseUrl.pathname.replace(/\/$/, "")}/${path.replace(/^\//, "")}`,
    baseUrl.origin
  )
  const json = headers.get("content-type")?.includes("application/json")
  const response = await fetch(url, {
    method: init.method,
    headers,
    credentials: "omit",
    ...(init.body
      ? { body: json ? JSON.stringify(init.body) : (init.body as unknown as BodyInit) }
      : {}),
  })
  if (response.status >= 300) {
    const answer = (await response.json().catch(() => ({}))) as { message?: string }
    throw new FetchError(
      answer.message ?? response.statusText,
      response.statusText,
      response.status
    )
  }
  return (
    headers.get("accept")?.includes("application/json") ? await response.json() : response
  ) as T
}

function storedLocale(): string {
  try {
    return window.localStorage.getItem("medusa_locale") ?? ""
  } catch {
    return ""
  }
}

export const sdk = { client: { fetch: linkFetch } }

/**
 * What went wrong, in words a buyer can act on, in the page's language. A refusal (4xx)
 * says the server's own reason (MedusaError's message).
 */
export function describeError(t: Translate<"common">, error: unknown): string {
  if (isFetchError(error)) {
    if (error.status === 429) return t("errors.too_many")
    if (error.status && error.status >= 500) return t("errors.server")
    return error.message || t("errors.failed")
  }
  return t("errors.offline")
}

/**
 * Whether asking again may help: a lost connection or the server's own failure
 * (5xx). A 4xx says the same the next time, so a bad or foreign id shows "not
 * found" at once instead of after retries.
 */
export const mayRetry = (error: unknown) =>
  !isFetchError(error) || !error.status || error.status >= 500

export const isNotFound = (error: unknown) => isFetchError(error) && error.status === 404
export const isConflict = (error: unknown) => isFetchError(error) && error.status === 409
