import { Auth, Client, FetchError, Store } from "@medusajs/js-sdk"
import { config } from "./config"
import type { StorePortalMeResponse } from "@shared/http/me"

/**
 * The signed-in contact's client (the quote link's, api.ts, never sends a login). "jwt"
 * keeps Medusa's token in localStorage, "session" the browser's cookie. Only the SDK's
 * Client, Auth and Store, to leave its admin module out of the bundle
 * (docs/ARCHITECTURE.md, "Storefront portal").
 */
const memberConfig: ConstructorParameters<typeof Client>[0] = {
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
  auth:
    config.authType === "session"
      ? { type: "session" }
      : { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "portal_contact_token" },
}
const memberClient = new Client(memberConfig)
export const memberSdk = {
  client: memberClient,
  auth: new Auth(memberClient, memberConfig),
  store: new Store(memberClient),
}

/** The company a contact of several acts for, remembered on this device; the server verifies it. */
const COMPANY_KEY = "portal_active_company"
export const ACTIVE_COMPANY_HEADER = "x-portal-company"

export const activeCompany = {
  get: (): string | null => {
    try {
      return localStorage.getItem(COMPANY_KEY)
    } catch {
      return null
    }
  },
  set: (id: string | null) => {
    try {
      if (id) localStorage.setItem(COMPANY_KEY, id)
      else localStorage.removeItem(COMPANY_KEY)
    } catch {
      // Private mode without storage: the server's choice (the first company) applies.
    }
  },
}

/** Who listens for a 401 from any member request: the account area sends the contact to sign in. */
const unauthorizedListeners = new Set<() => void>()
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

export const isUnauthorized = (error: unknown) =>
  error instanceof FetchError && error.status === 401
export const isForbidden = (error: unknown) => error instanceof FetchError && error.status === 403

/**
 * A member route: names the active company in `x-portal-company` and reports
 * a 401 (the login expired or was signed out elsewhere) to the listeners.
 */
export async function memberFetch<T>(
  path: string,
  init: {
    method?: "GET" | "POST"
    body?: unknown
    query?: Record<string, unknown>
    /** A null value takes the header out (`content-type` for a FormData body). */
    headers?: Record<string, string | null>
  } = {}
): Promise<T> {
  const company = activeCompany.get()
  try {
    return await memberSdk.client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body as Record<string, unknown> | undefined,
      query: init.query,
      // The SDK's types say string; it deletes a header given as null.
      headers: {
        ...init.headers,
        ...(company ? { [ACTIVE_COMPANY_HEADER]: company } : {}),
      } as Record<string, string>,
    })
  } catch (error) {
    if (isUnauthorized(error)) unauthorizedListeners.forEach((listener) => listener())
    throw error
  }
}

/**
 * `GET /store/portal/me` (lib/data/me.ts), here because signing in checks it
 * and those pages load without React Query. A remembered company that is no
 * longer theirs (403 with the header) is forgotten and the server's choice
 * taken instead.
 */
export async function fetchMe(): Promise<StorePortalMeResponse> {
  try {
    return await memberFetch<StorePortalMeResponse>("/store/portal/me")
  } catch (error) {
    if (!isForbidden(error) || !activeCompany.get()) throw error
    activeCompany.set(null)
    return memberFetch<StorePortalMeResponse>("/store/portal/me")
  }
}

/**
 * A multipart POST (a file upload): the browser writes the FormData with its own
 * boundary, so the SDK's JSON content type is taken out.
 */
export const memberUpload = <T>(path: string, form: FormData) =>
  memberFetch<T>(path, { method: "POST", body: form, headers: { "content-type": null } })

/** A member route that answers a PDF, as a file to save. */
export async function memberPdf(path: string): Promise<Blob> {
  const response = await memberFetch<Response>(path, { headers: { accept: "application/pdf" } })
  return response.blob()
}
