// The portal catalog in the browser (issue 13, point 8): a contact whose teams
// grant catalog.view finds Catalog in the navigation, sees the products with
// their "from" price and stock badge, opens one and sees its net price, the
// price-break table and the variant's stock; a contact without catalog.view
// has no Catalog. The list and the product page pass axe at 1280 and 375 px
// with no sideways scrolling. Under the Client Portal channel's key a buyer
// requests a quote from the cart (the quote awaits the merchant) and checks
// out a second cart with the system provider (the order's page); the cart page
// passes axe at 375 px. One booted server; products are put in the
// Client Portal channel as integration-tests/http/portal-catalog.spec.ts does.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import BigNumber from "bignumber.js"
import type { Page } from "playwright-core"
import { createTaxRegion, stockVariant } from "../integration-tests/helpers/fixtures"
import {
  createFlatRateShipping,
  ensureDefaultShippingProfile,
} from "../src/scripts/shared/shipping"
import { openTab, type Tab, type Width } from "./support/browser"
import {
  eventually,
  expectAccessible,
  expectNoHorizontalScroll,
  textOf,
  visible,
} from "./support/checks"
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
  const shippingProfileId = await ensureDefaultShippingProfile(container)
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
    level: { stocked_quantity: number; incoming_quantity?: number },
    sku = `${title.toUpperCase().replace(/\W+/g, "-")}-M8`
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
            shipping_profile_id: shippingProfileId,
            variants: [
              {
                title: "M8",
                sku,
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
  // A 40-character SKU, as some suppliers' part numbers are: it must wrap on a phone.
  const washer = await product(
    "Flat Washer",
    [{ amount: 5 }],
    { stocked_quantity: 3, incoming_quantity: 7 },
    "FLAT-WASHER-STAINLESS-A4-DIN125-M8-BULK1"
  )
  const portalKey = settings.data.portal_channel.publishable_key.token as string
  return { bolt, washer, portalKey, locationId: location.id as string }
}

/** Adds a quantity of the product to the company's cart from its page and opens the cart. */
async function addToCart(page: Page, suite: PortalSuite, productId: string, quantity: string) {
  await page.goto(`${suite.portalUrl}/account/catalog/${productId}`)
  await page.getByLabel("Quantity").fill(quantity)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByRole("link", { name: "View cart" }).click()
  await visible(h1(page, "Your cart"))
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
  let emails: Awaited<ReturnType<typeof captureEmails>>

  beforeEach(async () => {
    emails = await captureEmails(suite)
  })

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  it("a contact with catalog.view browses the catalog and a product's price breaks and stock, with no cart when they may neither order nor request quotes; one without has no Catalog", async () => {
    const { bolt, washer } = await portalCatalog(suite)
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
      await visible(washerCard.getByText("Incoming: 7"))
      await expectAccessible(page, `catalog-${width}`)
      await expectNoHorizontalScroll(page)
      // Browsing only: no cart to go to.
      expect(await page.getByRole("link", { name: "Your cart" }).count()).toBe(0)

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
      // The server's figure for 12, as the cart will total the line.
      await eventually(async () =>
        expect(await textOf(page.getByTestId("line-total"))).toBe("12 × $90.00 = $1,080.00")
      )
      expect(await page.getByRole("button", { name: "Add to cart" }).count()).toBe(0)
      await expectAccessible(page, `product-${width}`)
      await expectNoHorizontalScroll(page)
      // The long SKU wraps instead of widening the page.
      await page.goto(`${suite.portalUrl}/account/catalog/${washer}`)
      await visible(page.getByText("FLAT-WASHER-STAINLESS-A4-DIN125-M8-BULK1"))
      await expectNoHorizontalScroll(page)
      // The cart's address says why there is none.
      await page.goto(`${suite.portalUrl}/account/catalog/cart`)
      await visible(page.getByText(/let you browse the catalog, not order from it/))
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

  it("a buyer requests a quote from the cart, then checks out a second cart with manual payment", async () => {
    const { bolt, portalKey, locationId } = await portalCatalog(suite)
    const container: MedusaContainer = suite.getContainer()
    await createFlatRateShipping(container, {
      stock_location_id: locationId,
      country_codes: ["us"],
      currency_code: "usd",
      region_id: suite.store.region.id,
      amount: 10,
      name: "Ground",
    })
    await createTaxRegion(container, "us", 7.25)
    await suite.api.post(
      "/admin/portal/settings",
      { allow_quote_requests: true, allow_place_order: true },
      suite.admin
    )
    // The portal as the merchant deploys it: under the Client Portal channel's key.
    suite.usePublishableKey(portalKey)
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", [
      "catalog.view",
      "quotes.view",
      "quotes.request",
      "orders.view",
      "orders.place",
    ])
    await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "ana@acme.test")
    await addToCart(page, suite, bolt, "12")
    await expectAccessible(page, "cart-375")
    await expectNoHorizontalScroll(page)
    await page.getByLabel("Note for the merchant (optional)").fill("Need these by Friday.")
    await page.getByRole("button", { name: "Request a quote" }).click()
    await visible(h1(page, /Awaiting the merchant/))
    expect(page.url()).toMatch(new RegExp(`^${suite.portalUrl}/account/quotes/[^/]+$`))

    // The next cart is a fresh one, checked out with the region's system provider.
    await addToCart(page, suite, bolt, "2")
    await page.getByLabel("First name").fill("Ana")
    await page.getByLabel("Last name").fill("Buyer")
    await page.getByLabel("Address", { exact: true }).fill("1 Main Street")
    await page.getByLabel("City").fill("Springfield")
    await page.getByLabel("State / province").fill("IL")
    await page.getByLabel("Postal code").fill("62701")
    await page.getByRole("button", { name: "Use this address" }).click()
    // The state the buyer gave stays with the address.
    expect(await textOf(page.getByTestId("shipping-address"))).toMatch(/Springfield.*IL/)
    // Each option shows its price; choosing one puts it on the cart, and the total
    // before Place order includes the freight and the tax.
    await page.getByLabel("Ground · $10.00").check()
    await page.getByLabel("Manual payment").check()
    const shown = await textOf(await visible(page.getByTestId("checkout-total")))
    expect(await textOf(page.getByTestId("cart-shipping"))).toBe("$10.00")
    await page.getByRole("button", { name: "Place order" }).click()
    await visible(h1(page, /Order #\d+/))
    expect(page.url()).toMatch(new RegExp(`^${suite.portalUrl}/account/orders/order_`))
    // The same amount is Medusa's order total, on the order page and in the admin API.
    expect(await textOf(page.getByTestId("order-total"))).toBe(shown)
    const orderId = decodeURIComponent(page.url().split("/").pop()!)
    const order = (
      await suite.api.get(
        `/admin/orders/${orderId}?fields=total,shipping_total,*shipping_address`,
        suite.admin
      )
    ).data.order
    expect(`$${new BigNumber(order.total).toFormat(2)}`).toBe(shown)
    expect(order.shipping_address.province).toBe("IL")
    expect(tab.errors).toEqual([])
  })
})
