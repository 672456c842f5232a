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

// Test clients open a fresh connection per request. Node 20's global agent keeps
// sockets alive, and the server closes idle ones after 5 s; on a loaded machine a
// client can pick a pooled socket the server has just closed and see ECONNRESET
// (it happened with 10 simultaneous signs). Real clients retry; tests should not
// have to, so they don't reuse sockets.
const http = require("node:http")
http.globalAgent = new http.Agent({ keepAlive: false })
