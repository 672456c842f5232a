// The portal catalog in the browser (issue 13, point 8): a contact whose teams
// grant catalog.view finds Catalog in the navigation, sees the products with
// their "from" price and stock badge, opens one and sees its net price, the
// price-break table and the variant's stock; a contact without catalog.view
// has no Catalog. The list and the product page pass axe at 1280 and 375 px
// with no sideways scrolling. One booted server; products are put in the
// Client Portal channel as integration-tests/http/portal-catalog.spec.ts does.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Page } from "playwright-core"
import { stockVariant } from "../integration-tests/helpers/fixtures"
import { openTab, type Tab, type Width } from "./support/browser"
import { expectAccessible, expectNoHorizontalScroll, textOf, visible } from "./support/checks"
import { acceptedContact, captureEmails, createCompany, createTeam } from "./support/contacts"
import { type PortalSuite, portalTestRunner } from "./support/runner"

jest.setTimeout(180_000)

const PASSWORD = "Correct horse 42"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })
const nav = (page: Page) => page.getByRole("navigation", { name: "Account" })

/** The portal channel with a stock location and two products: bolts with price breaks, washers low with stock incoming. */
async function portalCatalog(suite: PortalSuite) {
  const container: MedusaContainer = suite.getContainer()
  const stores = container.resolve(Modules.STORE)
  const [medusaStore] = await stores.listStores({}, { take: 1 })
  await stores.updateStores(medusaStore.id, { default_region_id: suite.store.region.id })
  const settings = await suite.api.post(
    "/admin/portal/settings",
    { stock_display: "indication", low_stock_threshold: 5, show_incoming: true },
    suite.admin
  )
  const channelId = settings.data.portal_channel.sales_channel.id as string
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Portal warehouse" }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [channelId] },
  })
  const product = async (
    title: string,
    prices: Array<{ amount: number; min_quantity?: number }>,
    level: { stocked_quantity: number; incoming_quantity?: number }
  ) => {
    const {
      result: [created],
    } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title,
            status: "published",
            options: [{ title: "Size", values: ["M8"] }],
            sales_channels: [{ id: channelId }],
            variants: [
              {
                title: "M8",
                sku: `${title.toUpperCase().replace(/\W+/g, "-")}-M8`,
                manage_inventory: true,
                options: { Size: "M8" },
                prices: prices.map((price) => ({ ...price, currency_code: "usd" })),
              },
            ],
          },
        ],
      },
    })
    await stockVariant(container, created.variants[0].id, location.id, level)
    return created.id as string
  }
  const bolt = await product(
    "Hex Bolt",
    [{ amount: 100 }, { amount: 90, min_quantity: 10 }, { amount: 80, min_quantity: 50 }],
    { stocked_quantity: 20 }
  )
  await product("Flat Washer", [{ amount: 5 }], { stocked_quantity: 3, incoming_quantity: 7 })
  return { bolt }
}

async function signIn(page: Page, suite: PortalSuite, email: string) {
  await page.goto(`${suite.portalUrl}/sign-in`)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await page.getByRole("button", { name: "Sign in" }).click()
  await visible(h1(page, "Hello, Ana Buyer"))
}

portalTestRunner((suite) => {
  let tab: Tab | undefined
  let emails: ReturnType<typeof captureEmails>

  beforeEach(() => {
    emails = captureEmails()
  })

  afterEach(async () => {
    emails.stop()
    await tab?.context.close()
    tab = undefined
  })

  it("a contact with catalog.view browses the catalog and a product's price breaks and stock; one without has no Catalog", async () => {
    const { bolt } = await portalCatalog(suite)
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Catalog", ["catalog.view", "quotes.view"])
    const viewers = await createTeam(suite, "Viewers", ["quotes.view"])
    await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)
    await acceptedContact(suite, emails, acme, "vic@acme.test", [viewers], PASSWORD)

    for (const width of [1280, 375] as Width[]) {
      tab = await openTab(suite.browser, width)
      const { page } = tab
      await signIn(page, suite, "ana@acme.test")
      await nav(page).getByRole("link", { name: "Catalog" }).click()
      await visible(h1(page, "Catalog"))
      const list = page.getByRole("list", { name: "Products" })
      const boltCard = list.getByRole("listitem").filter({ hasText: "Hex Bolt" })
      await visible(boltCard)
      expect(await textOf(boltCard.getByTestId("product-price"))).toBe("From $80.00")
      expect(await textOf(boltCard.getByTestId("stock-badge"))).toBe("In stock")
      const washerCard = list.getByRole("listitem").filter({ hasText: "Flat Washer" })
      expect(await textOf(washerCard.getByTestId("stock-badge"))).toBe("Low stock")
      await visible(washerCard.getByText("7 incoming"))
      await expectAccessible(page, `catalog-${width}`)
      await expectNoHorizontalScroll(page)

      await boltCard.getByRole("link", { name: "Hex Bolt" }).click()
      await visible(h1(page, "Hex Bolt"))
      expect(page.url()).toBe(`${suite.portalUrl}/account/catalog/${bolt}`)
      expect(await textOf(page.getByTestId("net-price"))).toBe("$100.00")
      const breaks = page.getByRole("table", { name: "Price breaks" })
      const rows = await breaks.getByRole("row").allInnerTexts()
      // At 375 px the unit price's label is CSS (::before), not text.
      expect(rows.slice(1).map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
        "1–9 $100.00",
        "10–49 $90.00",
        "From 50 $80.00",
      ])
      await visible(page.getByTestId("stock-badge").first())
      await page.getByLabel("Quantity").fill("12")
      expect(await textOf(page.getByTestId("line-total"))).toBe("12 × $90.00 = $1,080.00")
      await expectAccessible(page, `product-${width}`)
      await expectNoHorizontalScroll(page)
      expect(tab.errors).toEqual([])
      await tab.context.close()
      tab = undefined
    }

    tab = await openTab(suite.browser, 375)
    await signIn(tab.page, suite, "vic@acme.test")
    expect(await nav(tab.page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Quotes",
      "Profile",
    ])
  })
})
