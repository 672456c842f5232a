import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Lets this repository run as a Medusa app (demo, tests, benchmarks) with the
 * plugin's code loaded straight from ./src. A merchant's store instead lists
 * the package under `plugins` (see README).
 */
const redisUrl = process.env.REDIS_URL
const devCors = "http://localhost:5173,http://localhost:9000,http://localhost:7001"

/**
 * Medusa's local File provider, with private files (signatures, signed PDFs) kept
 * outside `static/`, which Medusa serves to anyone at `/static`. They are read back
 * only through the portal's own routes. The default, `.data/uploads-private`, is a
 * dot-folder that `medusa develop`'s watcher ignores, so writing one restarts
 * nothing (docs/ARCHITECTURE.md, "Demo"). In production use
 * `@medusajs/file-s3` with a private bucket instead (see README).
 */
const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          private_upload_dir: process.env.PORTAL_PRIVATE_UPLOAD_DIR || ".data/uploads-private",
          backend_url: `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`}/static`,
        },
      },
    ],
  },
}

/**
 * With REDIS_URL, several server instances and a worker share one PostgreSQL:
 * events, workflow runs (and scheduled jobs: one run per tick across instances),
 * locks and the cache all go through Redis (docs/ARCHITECTURE.md, "Scale-out").
 */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Tests only (integration-tests/http/billing-stripe.spec.ts): Medusa's Stripe
 * provider against a local stand-in of Stripe's API, with webhooks processed
 * at once instead of after Medusa's default 5 s delay.
 */
const stripeStandIn = process.env.PORTAL_TEST_STRIPE_STAND_IN_URL
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          webhook_delay: 1,
          webhook_retries: 1,
          providers: [
            {
              resolve: `${process.cwd()}/integration-tests/helpers/stripe-stand-in-provider`,
              id: "stripe",
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined,
    http: {
      storeCors: process.env.STORE_CORS || devCors,
      adminCors: process.env.ADMIN_CORS || devCors,
      authCors: process.env.AUTH_CORS || devCors,
      // No fallback: Medusa refuses to start in production without them; the demo
      // and the test runners set their own (scripts/demo.mjs, integration-tests/setup.js).
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
    // Only the local demo serves the admin over plain http; never set this in production.
    ...(process.env.PORTAL_INSECURE_COOKIES === "true" ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    {
      resolve: "./src/modules/quote",
      options: { portalUrl: process.env.PORTAL_URL },
    },
    { resolve: "./src/modules/billing" },
    { resolve: "./src/modules/agreement" },
    { resolve: "./src/modules/portal" },
    { resolve: "./src/modules/accounts" },
    { resolve: "./src/modules/procurement" },
    { resolve: "./src/modules/collaboration" },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        // With SMTP_URL every email goes out through the plugin's SMTP provider (the
        // demo's and tests' mail catcher, or the merchant's server); else Medusa's
        // local provider, which logs `data` and sends nothing (README, "Email").
        providers: [
          process.env.SMTP_URL
            ? {
                resolve: "./src/providers/smtp",
                id: "smtp",
                options: {
                  channels: ["email"],
                  url: process.env.SMTP_URL,
                  from: process.env.SMTP_FROM || "Client portal <portal@localhost>",
                },
              }
            : {
                resolve: "@medusajs/medusa/notification-local",
                id: "local",
                options: { channels: ["email"] },
              },
        ],
      },
    },
    fileModule,
    ...redisModules,
    ...stripeStandIn,
  ],
})
