// The supplier portal in the browser: a supplier company's contact finds
// Supplier in the navigation, opens the purchase order the merchant sent,
// acknowledges it with one promised date for all lines, and a customer contact
// of another company then sees the product in the catalog as "Incoming: N,
// expected <that date>". The supplier pages (purchase orders, a purchase order
// with its Acknowledge, Request a change and Submit a bill forms, bills) pass
// axe at 375 px with no sideways scrolling, and the purchase order at 1280; the
// acknowledged order takes the supplier's bill (a PDF, uploaded multipart).
// The overview counts the orders waiting for the supplier's dates. One booted
// server; the purchase order is drafted and sent with the staff workflows, as
// integration-tests/http/portal-catalog-incoming.spec.ts does.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Page } from "playwright-core"
import { stockVariant } from "../integration-tests/helpers/fixtures"
import { SUPPLIER_PERMISSIONS } from "../src/shared/permissions"
import { createPurchaseOrderWorkflow } from "../src/workflows/procurement/workflows/create-purchase-order"
import { sendPurchaseOrderWorkflow } from "../src/workflows/procurement/workflows/send-purchase-order"
import { openTab, type Tab, type Width } from "./support/browser"
import {
  eventually,
  expectAccessible,
  expectNoHorizontalScroll,
  textOf,
  visible,
} from "./support/checks"
import { acceptedContact, captureEmails, createCompany, createTeam } from "./support/contacts"
import { createPalletWrap } from "./support/portal"
import { type PortalSuite, portalTestRunner } from "./support/runner"

jest.setTimeout(240_000)

const PASSWORD = "Correct horse 42"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })
const nav = (page: Page) => page.getByRole("navigation", { name: "Account" })

/** A calendar day `days` from today (UTC), as a date input's value. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
/** That day as the storefront writes dates (the browser is en-US). */
const written = (day: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`)
  )

/**
 * The portal channel with a warehouse and one product (stock shown as an
 * indication, incoming shown), a supplier company and a purchase order to it
 * for 6 of the product, sent: Medusa counts them incoming, with no date yet.
 */
async function world(suite: PortalSuite, emails: Awaited<ReturnType<typeof captureEmails>>) {
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
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Receiving Dock",
          address: { address_1: "9 Dock Road", city: "Columbus", country_code: "us" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [channelId] },
  })
  const product = await createPalletWrap(container, channelId)
  await stockVariant(container, product.variants[0].id, warehouse.id, { stocked_quantity: 40 })

  const supplier = (
    await suite.api.post(
      "/admin/portal/companies",
      { name: "Northwind Components", allow_portal: true, is_customer: false, is_supplier: true },
      suite.admin
    )
  ).data.company.id as string
  const suppliers = await createTeam(suite, "Suppliers", SUPPLIER_PERMISSIONS)
  await acceptedContact(suite, emails, supplier, "sam@northwind.test", [suppliers], PASSWORD)
  const acme = await createCompany(suite, "Acme Tools")
  const buyers = await createTeam(suite, "Catalog", ["catalog.view"])
  await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)

  const { result } = await createPurchaseOrderWorkflow(container).run({
    input: {
      supplier_company_id: supplier,
      stock_location_id: warehouse.id,
      currency_code: "usd",
      notes: "Deliver Monday to Friday, 7am to 3pm.",
      lines: [{ variant_id: product.variants[0].id, quantity: 6, unit_cost: 41.5 }],
    },
  })
  await sendPurchaseOrderWorkflow(container).run({ input: { id: result.id } })
  return { productId: product.id as string }
}

async function signIn(page: Page, suite: PortalSuite, email: string) {
  await page.goto(`${suite.portalUrl}/sign-in`)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await page.getByRole("button", { name: "Sign in" }).click()
  await visible(h1(page, "Hello, Ana Buyer"))
}

/** From the navigation to the one purchase order's page. */
async function openPurchaseOrder(page: Page) {
  await nav(page).getByRole("link", { name: "Supplier" }).click()
  await visible(h1(page, "Purchase orders of Northwind Components"))
  const list = page.getByRole("list", { name: "Purchase orders" })
  const row = list.getByRole("listitem").filter({ hasText: "PO-" })
  await visible(row)
  return row
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

  it("a supplier acknowledges a purchase order with a promised date, and customers see the stock incoming, expected that day", async () => {
    const { productId } = await world(suite, emails)
    const promised = dayFromNow(10)

    // At 375 px: every supplier page, before and after the forms are there.
    tab = await openTab(suite.browser, 375 as Width)
    let page = tab.page
    await signIn(page, suite, "sam@northwind.test")
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Supplier",
      "Profile",
    ])
    expect(await textOf(page.getByTestId("counter-purchase-orders"))).toBe("1")
    await expectAccessible(page, "supplier-dashboard-375")
    await expectNoHorizontalScroll(page)
    const row = await openPurchaseOrder(page)
    expect(await textOf(row)).toMatch(/Sent/)
    expect(await textOf(row)).toMatch(/\$249\.00/)
    expect(await textOf(row)).toMatch(/No date promised yet/)
    await expectAccessible(page, "purchase-orders-375")
    await expectNoHorizontalScroll(page)
    await row.getByRole("link").click()
    await visible(h1(page, /Purchase order PO-\d+/))
    expect(await textOf(page.getByTestId("po-status"))).toBe("Sent")
    expect(await textOf(page.getByTestId("po-notes"))).toBe("Deliver Monday to Friday, 7am to 3pm.")
    await visible(page.getByRole("heading", { name: "Acknowledge this order" }))
    await visible(page.getByRole("heading", { name: "Request a change" }))
    await expectAccessible(page, "purchase-order-375")
    await expectNoHorizontalScroll(page)
    await page.getByRole("link", { name: "← All purchase orders" }).click()
    await page
      .getByRole("navigation", { name: "Supplier" })
      .getByRole("link", { name: "Bills" })
      .click()
    await visible(h1(page, "Bills of Northwind Components"))
    await expectAccessible(page, "supplier-bills-375")
    await expectNoHorizontalScroll(page)
    expect(tab.errors).toEqual([])
    await tab.context.close()

    // At 1280 px the supplier acknowledges with one date for all lines.
    tab = await openTab(suite.browser, 1280)
    page = tab.page
    await signIn(page, suite, "sam@northwind.test")
    await (await openPurchaseOrder(page)).getByRole("link").click()
    await visible(h1(page, /Purchase order PO-\d+/))
    await page.getByLabel("Promised date for all lines").fill(promised)
    expect(await page.getByLabel(/Pallet Wrap/).inputValue()).toBe(promised)
    await page.getByRole("button", { name: "Acknowledge order" }).click()
    await eventually(async () =>
      expect(await textOf(page.getByTestId("po-status"))).toBe("Acknowledged")
    )
    expect(await textOf(page.getByTestId("line-promised"))).toBe(written(promised))
    expect(await page.getByRole("heading", { name: "Acknowledge this order" }).count()).toBe(0)
    await visible(page.getByRole("heading", { name: "Submit a bill" }))
    await expectAccessible(page, "purchase-order-acknowledged-1280")
    await expectNoHorizontalScroll(page)
    // Its bill, uploaded as a PDF (multipart), is listed on the order as submitted.
    await page.getByLabel("Bill number").fill("NW-5521")
    await page.getByLabel("Amount (USD)").fill("249.00")
    await page.getByLabel("Due date").fill(dayFromNow(30))
    await page.getByLabel(/^Bill \(PDF/).setInputFiles({
      name: "NW-5521.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
    })
    await page.getByRole("button", { name: "Submit bill" }).click()
    await visible(page.getByText("Bill NW-5521 submitted."))
    const bills = page.getByRole("region", { name: "Bills" })
    expect(await textOf(bills.getByRole("listitem"))).toMatch(
      /Bill NW-5521\s*Submitted\s*\$249\.00/
    )
    await page.getByRole("link", { name: "← All purchase orders" }).click()
    await page
      .getByRole("navigation", { name: "Supplier" })
      .getByRole("link", { name: "Bills" })
      .click()
    const listed = page.getByRole("list", { name: "Bills" }).getByRole("listitem")
    await visible(listed.filter({ hasText: "Bill NW-5521" }))
    expect(await textOf(listed)).toMatch(/Bill NW-5521\s*Submitted\s*\$249\.00/)
    await expectAccessible(page, "supplier-bills-1280")
    expect(tab.errors).toEqual([])
    await tab.context.close()

    // A customer of another company sees when the stock is expected.
    tab = await openTab(suite.browser, 1280)
    page = tab.page
    await signIn(page, suite, "ana@acme.test")
    await nav(page).getByRole("link", { name: "Catalog" }).click()
    const card = page
      .getByRole("list", { name: "Products" })
      .getByRole("listitem")
      .filter({ hasText: "Pallet Wrap" })
    const incoming = `Incoming: 6, expected ${written(promised)}`
    expect(await textOf(card.getByTestId("stock-incoming"))).toBe(incoming)
    await page.goto(`${suite.portalUrl}/account/catalog/${productId}`)
    await visible(h1(page, "Pallet Wrap"))
    expect(await textOf(page.getByTestId("stock-incoming").first())).toBe(incoming)
    expect(tab.errors).toEqual([])
  })
})
