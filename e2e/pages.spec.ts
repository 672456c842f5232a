// Every state of the buyer's page (quote, sign, accepted, declined, expired,
// error, unknown link) at 1280 and 375 px: an automated
// accessibility check (axe: no serious or critical violations) and a
// screenshot in e2e/screenshots/<state>-<width>.png. With
// UPDATE_DOCS_SCREENSHOTS=1 a few are copied to docs/screenshots/ for the README.
import { randomBytes } from "node:crypto"
import type { Locator, Page } from "playwright-core"
import { openTab, type Tab, type Width } from "./support/browser"
import { expectAccessible, expectNoHorizontalScroll, screenshot, visible } from "./support/checks"
import {
  drawnSignature,
  expireQuote,
  itemNamed,
  sendQuote,
  sendQuoteWithAgreement,
  type SentQuote,
} from "./support/portal"
import { portalTestRunner, type PortalSuite } from "./support/runner"

jest.setTimeout(120_000)

type State = {
  name: string
  /** Prepares the data and returns the address to open and what proves the page is ready. */
  arrange: (suite: PortalSuite) => Promise<{
    url: string
    ready: (page: Page) => Locator
    /** Runs on the page before it opens the address. */
    before?: (page: Page) => Promise<void>
  }>
}

const h1 = (page: Page, name: string) => page.getByRole("heading", { level: 1, name })

const storeLink = (sent: SentQuote, path: string) =>
  `/store/portal/quote-links/${sent.token}${path}`

const STATES: State[] = [
  {
    name: "quote",
    async arrange(suite) {
      const sent = await sendQuoteWithAgreement(suite)
      // A question and an answer, so the thread shows both sides.
      await suite.api.post(
        storeLink(sent, "/messages"),
        { body: "Could the installation happen on a Saturday?" },
        suite.store.storeHeaders
      )
      await suite.api.post(
        `/admin/portal/quotes/${sent.quote.id}/messages`,
        { body: "Yes, Saturdays work for our technicians." },
        suite.admin
      )
      return {
        url: sent.url,
        ready: (page) => page.getByRole("list", { name: "Messages" }).getByRole("listitem").nth(1),
      }
    },
  },
  {
    name: "sign",
    async arrange(suite) {
      const sent = await sendQuoteWithAgreement(suite)
      return {
        url: `${sent.url}/sign`,
        ready: (page) => page.getByLabel("Signature pad"),
      }
    },
  },
  {
    name: "accepted",
    async arrange(suite) {
      const sent = await sendQuoteWithAgreement(suite)
      await suite.api.post(
        storeLink(sent, "/sign"),
        {
          // Keeps the pre-selected optional printer.
          selected_item_ids: [itemNamed(sent.quote, "Printer P2").id],
          signer_name: "Bea Buyer",
          signer_email: "buyer@acme.test",
          signature: drawnSignature(),
          consent: true,
        },
        suite.store.storeHeaders
      )
      return {
        url: sent.url,
        ready: (page) => page.getByText(/Deposit invoice INV-\d+/),
      }
    },
  },
  {
    name: "declined",
    async arrange(suite) {
      const sent = await sendQuote(suite)
      await suite.api.post(
        storeLink(sent, "/decline"),
        { reason: "The budget was cut this quarter." },
        suite.store.storeHeaders
      )
      return { url: sent.url, ready: (page) => h1(page, `Quote ${sent.quote.number} was declined`) }
    },
  },
  {
    name: "expired",
    async arrange(suite) {
      const sent = await sendQuote(suite)
      await expireQuote(suite, sent.quote.id)
      return { url: sent.url, ready: (page) => h1(page, "This quote has expired") }
    },
  },
  {
    name: "error",
    async arrange(suite) {
      const sent = await sendQuote(suite)
      return {
        url: sent.url,
        // The backend cannot be reached.
        before: (page) =>
          page.route(`${suite.backendUrl}/store/**`, (route) => route.abort("connectionrefused")),
        ready: (page) => page.getByRole("button", { name: "Try again" }),
      }
    },
  },
  {
    name: "unknown",
    async arrange(suite) {
      return {
        url: `${suite.portalUrl}/q/${randomBytes(32).toString("base64url")}`,
        ready: (page) => h1(page, "This link is not available"),
      }
    },
  },
]

// A 1×1 PNG, served for the merchant's logo URL.
const LOGO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

portalTestRunner((suite) => {
  let tab: Tab | undefined

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  describe("branding", () => {
    afterEach(async () => {
      await suite.api.post(
        "/admin/portal/settings",
        { display_name: null, logo_url: null, primary_color: "#1d4ed8" },
        suite.admin
      )
    })

    it("shows the merchant's name and colour from the portal settings, with readable text on a light colour", async () => {
      await suite.api.post(
        "/admin/portal/settings",
        { display_name: "Acme Tools", primary_color: "#facc15" },
        suite.admin
      )
      const sent = await sendQuote(suite)
      tab = await openTab(suite.browser, 1280)
      const { page } = tab
      await page.goto(sent.url)
      const banner = page.getByRole("banner")
      await visible(banner.getByText("Acme Tools"))
      const header = await banner.evaluate((el) => {
        const style = getComputedStyle(el)
        return { background: style.backgroundColor, color: style.color }
      })
      // Yellow is too light for white text: the page switches to near-black.
      expect(header).toEqual({ background: "rgb(250, 204, 21)", color: "rgb(17, 24, 39)" })
      const accept = page.getByRole("button", { name: "Accept quote" })
      expect(await accept.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        "rgb(250, 204, 21)"
      )
      await expectAccessible(page, "branded-quote")
      expect(tab.errors).toEqual([])
    })

    it("shows the merchant's logo instead of the name when one is set", async () => {
      const logo = "https://cdn.example.test/acme-logo.png"
      await suite.api.post(
        "/admin/portal/settings",
        { display_name: "Acme Tools", logo_url: logo },
        suite.admin
      )
      const sent = await sendQuote(suite)
      tab = await openTab(suite.browser, 375)
      const { page } = tab
      await page.route(logo, (route) =>
        route.fulfill({ status: 200, contentType: "image/png", body: LOGO_PNG })
      )
      await page.goto(sent.url)
      const image = page.getByRole("banner").getByRole("img", { name: "Acme Tools" })
      await visible(image)
      expect(await image.getAttribute("src")).toBe(logo)
      expect(tab.errors).toEqual([])
    })
  })

  describe.each([1280, 375] as Width[])("at %i px", (width) => {
    it.each(STATES.map((state) => [state.name, state] as const))(
      "the %s page passes axe and is captured",
      async (_name, state) => {
        const { url, ready, before } = await state.arrange(suite)
        tab = await openTab(suite.browser, width)
        const { page } = tab
        await before?.(page)
        await page.goto(url)
        await visible(ready(page))
        await page.waitForLoadState("networkidle")

        await expectAccessible(page, state.name)
        if (width === 375) await expectNoHorizontalScroll(page)
        await screenshot(page, state.name)
        expect(tab.errors).toEqual([])
      }
    )
  })
})
