import { randomBytes } from "node:crypto"

/**
 * JWT_SECRET and COOKIE_SECRET for a Medusa this repo starts (demo, benchmark,
 * package check): the caller's own when set, otherwise random for this run.
 * medusa-config.ts has no fallback secret, so nothing here signs sessions with
 * a value anyone can read in the source.
 */
export function medusaSecrets(env = process.env) {
  return {
    JWT_SECRET: env.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET: env.COOKIE_SECRET || randomBytes(32).toString("hex"),
  }
}
