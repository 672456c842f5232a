import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "node:path"
import type { Browser } from "playwright-core"
import {
  createAdminUser,
  createStore,
  enablePaymentProviders,
  type Headers,
  type Store,
} from "../../integration-tests/helpers/fixtures"
import { type MailCatcher, mailCatcher } from "../../integration-tests/helpers/mail"
import { launchChromium } from "./browser"

const ROOT = join(__dirname, "..", "..")
export const PORTAL_DIST = join(ROOT, "storefront-portal", "dist")

type PortalConfig = { backendUrl: string; publishableKey: string; stripePublishableKey?: string }
type ServePortal = (options: {
  root: string
  port?: number
  host?: string
  config: PortalConfig | (() => PortalConfig)
}) => Promise<{ url: string; port: number; close: () => Promise<void> }>

/** The axios instance medusaIntegrationTestRunner hands out. */
export type Api = {
  defaults: { baseURL?: string }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}

export type PortalSuite = {
  /** Medusa's HTTP API (axios, based at the server the runner started). */
  api: Api
  getContainer: () => MedusaContainer
  browser: Browser
  /** Where the built storefront is served, e.g. http://127.0.0.1:41234. */
  portalUrl: string
  /** The Medusa server the portal talks to, e.g. http://localhost:39876. */
  backendUrl: string
  /** Every email the server sent, through its SMTP provider to an in-process maildev. */
  mail: MailCatcher
  admin: Headers
  store: Store
  publishableKey: string
  /**
   * Serves the portal with another publishable key from the next page load on,
   * e.g. the Client Portal channel's; each test starts with the store's.
   */
  usePublishableKey: (token: string) => void
}

/**
 * medusaIntegrationTestRunner (one Medusa on a real PostgreSQL per spec file)
 * plus what a browser test needs around it:
 *
 *   - the built storefront served by scripts/lib/serve-portal.mjs, started
 *     before Medusa boots so that PORTAL_URL (the links sent), STORE_CORS and
 *     AUTH_CORS (the origin Medusa allows on /store, and on /auth where
 *     contacts sign in) can point at it when medusa-config.ts is read;
 *     its runtime config names the Medusa server, known only once it is up;
 *   - one Chromium for the file;
 *   - an admin user and a store (region paying with pp_system_default, a
 *     publishable key, products, a customer), made once and kept by the
 *     runner's database snapshot, so the key in the portal's config stays valid
 *     across tests while every test starts from the same data.
 */
export function portalTestRunner(testSuite: (suite: PortalSuite) => void): void {
  const suite = {} as PortalSuite
  // Before Medusa boots, so SMTP_URL is set when medusa-config.ts is read.
  suite.mail = mailCatcher()
  const config: PortalConfig = { backendUrl: "", publishableKey: "" }
  let closePortal: (() => Promise<void>) | undefined
  const saved = {
    PORTAL_URL: process.env.PORTAL_URL,
    STORE_CORS: process.env.STORE_CORS,
    AUTH_CORS: process.env.AUTH_CORS,
  }

  // A top-level hook: jest runs it before the runner's own beforeAll, which
  // loads medusa-config.ts and boots the app.
  beforeAll(async () => {
    const { servePortal } = (await import("../../scripts/lib/serve-portal.mjs")) as {
      servePortal: ServePortal
    }
    const portal = await servePortal({
      root: PORTAL_DIST,
      port: 0,
      host: "127.0.0.1",
      config: () => config,
    })
    closePortal = portal.close
    suite.portalUrl = portal.url
    process.env.PORTAL_URL = portal.url
    process.env.STORE_CORS = portal.url
    process.env.AUTH_CORS = portal.url
    suite.browser = await launchChromium()
  })

  afterAll(async () => {
    await suite.browser?.close()
    await closePortal?.()
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  medusaIntegrationTestRunner({
    inApp: true,
    testSuite: ({ api, getContainer }) => {
      suite.api = api
      suite.getContainer = getContainer

      // Runs before the runner snapshots the database (at the first beforeEach),
      // so this data is restored for every test.
      beforeAll(async () => {
        const container = getContainer()
        suite.backendUrl = (api as Api).defaults.baseURL as string
        suite.admin = (await createAdminUser(container)).headers
        suite.store = await createStore(container)
        await enablePaymentProviders(container, suite.store.region.id)
        suite.publishableKey = suite.store.storeHeaders.headers["x-publishable-api-key"]
        config.backendUrl = suite.backendUrl
        config.publishableKey = suite.publishableKey
      })

      suite.usePublishableKey = (token) => {
        config.publishableKey = token
      }
      beforeEach(() => {
        config.publishableKey = suite.publishableKey
      })

      testSuite(suite)
    },
  })
}
