/**
 * A link outlives the quote's validity by this long, so the buyer can still
 * open an expired, accepted or declined quote read-only; after that it is dead.
 * The server sets link expiry with it (src/modules/quote/tokens.ts) and the
 * admin's send dialog explains it.
 */
export const LINK_GRACE_DAYS = 30

export function linkExpiresAt(validUntil: Date | string): Date {
  return new Date(new Date(validUntil).getTime() + LINK_GRACE_DAYS * 24 * 60 * 60 * 1000)
}
