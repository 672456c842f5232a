import { createHash, randomBytes } from "node:crypto"

/** 256 bits from the OS CSPRNG, base64url: the credential behind a quote link. */
export function generateLinkToken(): string {
  return randomBytes(32).toString("base64url")
}

/** Tokens are only ever stored and compared as this hash (docs/ARCHITECTURE.md, "Security rules"). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/**
 * A new token and its hash. Callers keep the token out of workflow inputs and
 * step outputs (the workflow engine may persist both) and hand only the hash on.
 */
export function mintLinkToken(): { token: string; token_hash: string } {
  const token = generateLinkToken()
  return { token, token_hash: hashToken(token) }
}

/** Cheap shape check so obviously malformed tokens never reach the database. */
export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}

/** The link's grace period after the quote's validity lives in src/shared, for the admin too. */
export { LINK_GRACE_DAYS, linkExpiresAt } from "../../shared/quote-links"
