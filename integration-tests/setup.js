const { randomBytes } = require("node:crypto")
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// medusa-config.ts has no fallback secrets: tests bring their own, random per test
// file unless the runner set them. Fixtures sign admin JWTs with the secret the
// server loaded (integration-tests/helpers/fixtures.ts), so both always agree.
process.env.JWT_SECRET ||= randomBytes(32).toString("hex")
process.env.COOKIE_SECRET ||= randomBytes(32).toString("hex")
