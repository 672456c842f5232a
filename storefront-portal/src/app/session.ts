import type { StorePortalMe } from "@shared/http/me"
import { FetchError } from "@medusajs/js-sdk"
import { describeError } from "../lib/api"
import { config } from "../lib/config"
import type { Translate } from "../lib/i18n"
import { activeCompany, fetchMe, isForbidden, memberSdk } from "../lib/member-api"

/**
 * Signing in and out through Medusa's own auth routes (README, "Signing in to
 * the portal"); the portal adds only the check that the login is a contact.
 */

/** A sign-in that worked at Medusa but cannot go on in the portal; `reason` says why. */
export class SignInProblem extends Error {
  constructor(readonly reason: "not_a_contact" | "unsupported_step") {
    super(reason)
  }
}

export class NoPortalAccessError extends SignInProblem {
  constructor() {
    super("not_a_contact")
  }
}

/** Whether this browser may hold a login: a stored token (JWT), or maybe a cookie (session). */
export async function mayBeSignedIn(): Promise<boolean> {
  if (config.authType === "session") return true
  return !!(await memberSdk.client.getToken())
}

/**
 * Keeps a token Medusa answered (the invitation's accept route answers one as
 * `POST /auth/customer/emailpass` does): stored for bearer use, or turned into
 * Medusa's session cookie.
 */
export async function adoptToken(token: string): Promise<void> {
  if (config.authType === "session") {
    await memberSdk.client.fetch("/auth/session", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    })
  } else {
    await memberSdk.client.setToken(token)
  }
}

/** `POST /auth/customer/emailpass`, then `GET /store/portal/me`: only contacts get in. */
export async function signIn(email: string, password: string): Promise<StorePortalMe> {
  const result = await memberSdk.auth.login("customer", "emailpass", { email, password })
  if (typeof result !== "string") {
    await signOut()
    throw new SignInProblem("unsupported_step")
  }
  return confirmContact()
}

/** The signed-in login must be a contact with portal access; otherwise it is signed out. */
export async function confirmContact(): Promise<StorePortalMe> {
  try {
    return await fetchMe()
  } catch (error) {
    if (isForbidden(error)) {
      await signOut()
      throw new NoPortalAccessError()
    }
    throw error
  }
}

export async function signOut(): Promise<void> {
  activeCompany.set(null)
  try {
    await memberSdk.auth.logout()
  } catch {
    // The session may be gone already; the stored token is cleared either way.
    await memberSdk.client.clearToken()
  }
}

/**
 * Asks Medusa for a reset email. `metadata.portal` tells the plugin's
 * subscriber to send the portal's email with a link to /reset-password
 * (docs/ARCHITECTURE.md, "Contact emails"). Medusa answers the same whether
 * or not the email has a login.
 */
export function requestPasswordReset(email: string): Promise<void> {
  return memberSdk.auth.resetPassword("customer", "emailpass", {
    identifier: email,
    metadata: { portal: true },
  })
}

/**
 * `POST /auth/customer/emailpass/update` with the emailed token as bearer: Medusa
 * 2.21 takes only reset tokens there (single use, 15 minutes).
 */
export function setPasswordWithResetToken(token: string, password: string): Promise<void> {
  return memberSdk.auth.updateProvider("customer", "emailpass", { password }, token)
}

/** A page inside the portal to come back to after signing in; anything else goes to /account. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return "/account"
  }
  return next
}

export const signInPath = (next: string) => `/sign-in?next=${encodeURIComponent(next)}`

export const isUnauthorizedLogin = (error: unknown) =>
  error instanceof FetchError && error.status === 401

/** What went wrong while signing in or setting up, in words a contact can act on. */
export const describeAuthError = (t: Translate<"common">, error: unknown) =>
  error instanceof SignInProblem ? t(`errors.${error.reason}`) : describeError(t, error)
