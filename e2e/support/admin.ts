import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { visible } from "./checks"
import { portalTestRunner, type PortalSuite } from "./runner"

const ROOT = join(__dirname, "..", "..")
/** `npx medusa build --admin-only` writes the dashboard here. */
export const ADMIN_DIST = join(ROOT, ".medusa", "admin")

/** The staff member who logs in to the dashboard with email and password. */
export const MERCHANT = {
  email: "merchant@example.com",
  password: "e2e-Secret-42",
  first_name: "Mia",
  last_name: "Merchant",
}

type ServeAdmin = (options: {
  root: string
  backend: string | (() => string)
  port?: number
  host?: string
}) => Promise<{ url: string; port: number; close: () => Promise<void> }>

export type AdminSuite = PortalSuite & {
  /** The origin serving the dashboard at /app and proxying the API, e.g. http://127.0.0.1:41235. */
  adminUrl: string
}

/**
 * A user who can log in to the dashboard: the user, and an emailpass identity
 * registered through Medusa's auth module (so the password is hashed as at
 * sign-up), linked to the user as `npx medusa user` does.
 */
export async function createMerchantLogin(
  container: MedusaContainer,
  merchant: typeof MERCHANT = MERCHANT
) {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({
    email: merchant.email,
    first_name: merchant.first_name,
    last_name: merchant.last_name,
  })
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: merchant.email, password: merchant.password },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${merchant.email}: ${error ?? "no identity"}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return user
}

/**
 * portalTestRunner plus the admin dashboard: the build in .medusa/admin served
 * under /app by scripts/lib/serve-admin.mjs, which proxies the API to the Medusa
 * the runner started, so the dashboard and the API share an origin. Medusa boots
 * with PORTAL_INSECURE_COOKIES=true, so its session cookie works over http.
 */
export function adminTestRunner(testSuite: (suite: AdminSuite) => void): void {
  const saved = process.env.PORTAL_INSECURE_COOKIES
  let closeAdmin: (() => Promise<void>) | undefined

  // Declared before portalTestRunner's hooks, so it runs before Medusa reads medusa-config.ts.
  beforeAll(() => {
    process.env.PORTAL_INSECURE_COOKIES = "true"
  })

  afterAll(async () => {
    await closeAdmin?.()
    if (saved === undefined) delete process.env.PORTAL_INSECURE_COOKIES
    else process.env.PORTAL_INSECURE_COOKIES = saved
  })

  portalTestRunner((portalSuite) => {
    const suite = portalSuite as AdminSuite

    // After portalTestRunner's setup (backendUrl is known) and before the
    // database snapshot, so the merchant exists in every test.
    beforeAll(async () => {
      await createMerchantLogin(suite.getContainer())
      const { serveAdmin } = (await import("../../scripts/lib/serve-admin.mjs")) as {
        serveAdmin: ServeAdmin
      }
      const admin = await serveAdmin({
        root: ADMIN_DIST,
        backend: suite.backendUrl,
        port: 0,
        host: "127.0.0.1",
      })
      closeAdmin = admin.close
      suite.adminUrl = admin.url
    })

    testSuite(suite)
  })
}

/** Logs in at /app/login with the merchant's email and password and waits for the dashboard. */
export async function logIn(page: Page, suite: AdminSuite): Promise<void> {
  await page.goto(`${suite.adminUrl}/app/login`)
  // Medusa's login form labels its fields only with placeholders.
  await (await visible(page.getByPlaceholder("Email"), 30_000)).fill(MERCHANT.email)
  await page.getByPlaceholder("Password").fill(MERCHANT.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 30_000 })
  await visible(page.getByRole("link", { name: "Quotes" }), 30_000)
}
