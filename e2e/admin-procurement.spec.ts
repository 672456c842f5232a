// Procurement in the real Medusa dashboard (the .medusa/admin build), driven
// through Chromium: staff create a purchase order for a supplier company from a
// stocked variant, send it, decline the supplier's change request, receive part
// of it, and approve the supplier's bill.
//
// Axe is not run here: these pages are Medusa's own dashboard UI (see admin.spec.ts).
import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { createStockedVariant } from "../integration-tests/helpers/fixtures"
import type { MemberAccess } from "../src/shared/permissions"
import { requestPurchaseOrderChangeWorkflow } from "../src/workflows/procurement/workflows/request-purchase-order-change"
import { submitSupplierBillWorkflow } from "../src/workflows/procurement/workflows/submit-supplier-bill"
import { adminTestRunner, logIn } from "./support/admin"
import { openTab, type Tab } from "./support/browser"
import { DOCS_SCREENSHOT_DIR, eventually, textOf, visible } from "./support/checks"

jest.setTimeout(240_000)

/** With UPDATE_DOCS_SCREENSHOTS=1, the page as the README shows it: docs/screenshots/admin-<name>.png. */
async function docsScreenshot(page: Page, name: string) {
  if (process.env.UPDATE_DOCS_SCREENSHOTS !== "1") return
  mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true })
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({
    path: join(DOCS_SCREENSHOT_DIR, `admin-${name}.png`),
    animations: "disabled",
    caret: "hide",
    // The toasts of the steps just taken would cover the page.
    style: "[data-sonner-toaster] { display: none !important; }",
  })
}

/** The smallest file the bill upload takes for a PDF: it starts with %PDF-. */
const BILL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
    "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)

adminTestRunner((suite) => {
  let tab: Tab
  let page: Page

  afterEach(async () => {
    await tab?.context.close()
  })

  it("staff create a purchase order for a supplier, send it, decline a change the supplier asks for, receive part of it, and approve the supplier's bill", async () => {
    const container = suite.getContainer()
    await createStockedVariant(container, suite.store, 10)
    const supplier = (
      await suite.api.post(
        "/admin/portal/companies",
        { name: "Globex Supplies", is_customer: false, is_supplier: true },
        suite.admin
      )
    ).data.company as { id: string; name: string }
    const stores = await suite.api.get(
      "/admin/stores?fields=supported_currencies.currency_code,supported_currencies.is_default",
      suite.admin
    )
    const currency = (
      stores.data.stores[0].supported_currencies as Array<{
        currency_code: string
        is_default: boolean
      }>
    ).find((c) => c.is_default)!.currency_code

    tab = await openTab(suite.browser, 1280)
    page = tab.page
    await logIn(page, suite)

    // Create: the supplier searched by name, the warehouse, a variant by SKU at a cost.
    await page.getByRole("link", { name: "Purchase orders" }).click()
    await visible(page.getByRole("heading", { name: "Purchase orders" }))
    await page.getByRole("link", { name: "Create purchase order" }).click()
    await visible(page.getByRole("heading", { name: "Create purchase order" }))
    await page.getByRole("combobox", { name: "Supplier" }).fill("Globex")
    await (await visible(page.getByRole("option", { name: "Globex Supplies" }))).click()
    await page.getByRole("combobox", { name: "Ship to" }).click()
    await (await visible(page.getByRole("option", { name: "Warehouse" }))).click()
    const currencyPicker = page.getByRole("combobox", { name: "Currency" })
    await eventually(async () => expect(await textOf(currencyPicker)).toBe(currency.toUpperCase()))
    await page.getByRole("combobox", { name: "Add a product" }).fill("TONER-BLACK")
    await (await visible(page.getByRole("option", { name: /Toner Cartridge/ }))).click()
    const line = await visible(page.getByRole("group", { name: "Line 1" }))
    await line.getByLabel("Quantity").fill("10")
    await line.getByLabel(`Unit cost (${currency.toUpperCase()})`).fill("12.5")
    await page
      .getByRole("textbox", { name: "Notes for the supplier" })
      .fill("Deliver to dock 3, mornings only.")
    await page.getByRole("button", { name: "Create draft" }).click()

    const heading = await visible(page.getByRole("heading", { level: 1, name: /^PO-\d+$/ }))
    const number = (await heading.innerText()).trim()
    const poId = new URL(page.url()).pathname.split("/").pop() as string
    const readPo = async () =>
      (await suite.api.get(`/admin/portal/purchase-orders/${poId}`, suite.admin)).data
        .purchase_order
    expect(await readPo()).toMatchObject({
      status: "draft",
      supplier_company: { id: supplier.id },
      stock_location: { name: "Warehouse" },
      currency_code: currency,
      notes: "Deliver to dock 3, mornings only.",
      lines: [{ sku: "TONER-BLACK", quantity: 10, unit_cost: 12.5, received_quantity: 0 }],
    })
    const status = page.getByTestId("po-status")
    expect(await textOf(status)).toBe("Draft")

    // Send: the status shows Sent.
    await page.getByRole("button", { name: "Send to supplier" }).click()
    await eventually(async () => expect(await textOf(status)).toBe("Sent"))
    expect((await readPo()).status).toBe("sent")

    // A contact of the supplier (as the portal acts for them) asks for a change; staff decline it.
    const supplierContact: MemberAccess = {
      kind: "member",
      customer_id: suite.store.customer.id,
      company_id: supplier.id,
      permissions: ["purchase_orders.view", "purchase_orders.acknowledge", "supplier_bills.submit"],
    }
    await requestPurchaseOrderChangeWorkflow(container).run({
      input: { id: poId, access: supplierContact, message: "We can ship 8 now and 2 in March." },
    })
    await page.reload()
    await eventually(async () => expect(await textOf(status)).toBe("Change requested"))
    expect(await textOf(page.getByTestId("po-change-request"))).toBe(
      "We can ship 8 now and 2 in March."
    )
    await page.getByRole("button", { name: "Decline change" }).click()
    const decline = await visible(
      page.getByRole("dialog", { name: `Decline the change to ${number}` })
    )
    await decline
      .getByRole("textbox", { name: "Message to the supplier (optional)" })
      .fill("Please ship all 10 by February.")
    await decline.getByRole("button", { name: "Decline change" }).click()
    await decline.waitFor({ state: "hidden" })
    await eventually(async () => expect(await textOf(status)).toBe("Sent"))
    expect((await readPo()).status).toBe("sent")

    // Receive 4 of 10: Partially received, 4 received and 6 to come.
    await page.getByRole("button", { name: "Receive", exact: true }).click()
    const receive = await visible(page.getByRole("dialog", { name: `Receive ${number}` }))
    const quantity = receive.getByLabel("Toner Cartridge – Black")
    expect(await quantity.inputValue()).toBe("10")
    await quantity.fill("4")
    await receive.getByRole("button", { name: "Receive", exact: true }).click()
    await receive.waitFor({ state: "hidden" })
    await eventually(async () => expect(await textOf(status)).toBe("Partially received"))
    const row = page.getByTestId("po-line-TONER-BLACK")
    await eventually(async () => {
      expect(await textOf(row.getByTestId("line-received"))).toBe("4")
      expect(await textOf(row.getByTestId("line-remaining"))).toBe("6")
    })
    const received = await readPo()
    expect(received.status).toBe("partially_received")
    expect(received.lines[0].received_quantity).toBe(4)

    // The supplier bills the partly received order from the portal.
    await submitSupplierBillWorkflow(container).run({
      input: {
        access: supplierContact,
        purchase_order_id: poId,
        bill_number: "GLX-7731",
        amount: "50.00",
        due_at: "2027-01-31",
        file: { content: BILL_PDF.toString("base64"), size: BILL_PDF.length },
      },
    })

    // Supplier bills: the bill's PDF downloads with the staff session, and staff approve it.
    await page.getByRole("link", { name: "Supplier bills" }).click()
    await visible(page.getByRole("heading", { name: "Supplier bills" }))
    await (await visible(page.getByRole("row").filter({ hasText: "GLX-7731" }))).click()
    await visible(page.getByRole("heading", { level: 1, name: "Bill GLX-7731" }))
    const billStatus = page.getByTestId("bill-status")
    expect(await textOf(billStatus)).toBe("Submitted")
    // The PDF shows in the page, read with the staff session.
    const preview = await visible(page.locator('iframe[title="Bill GLX-7731 (PDF)"]'))
    expect(await preview.getAttribute("src")).toMatch(/^blob:/)
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ])
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString()
    ).toBe("%PDF-")

    await page.getByRole("button", { name: "Approve" }).click()
    await eventually(async () => expect(await textOf(billStatus)).toBe("Approved"))
    const bills = await suite.api.get(
      `/admin/portal/supplier-bills?purchase_order_id=${poId}`,
      suite.admin
    )
    expect(bills.data.supplier_bills).toMatchObject([
      { bill_number: "GLX-7731", status: "approved", amount: 50 },
    ])

    // Back on the PO through the bill's link: the bill and the timeline show it.
    await page.getByRole("link", { name: number }).click()
    await visible(page.getByRole("heading", { level: 1, name: number }))
    const billsList = page.getByRole("list", { name: "Bills of the purchase order" })
    await eventually(async () => expect(await textOf(billsList)).toContain("Approved"))
    const timeline = page.getByRole("list", { name: "Purchase order timeline" })
    await eventually(async () => {
      const text = await textOf(timeline)
      expect(text).toContain("Change declined")
      expect(text).toContain("Goods received")
      expect(text).toContain("Bill GLX-7731 approved")
    })
    await docsScreenshot(page, "purchase-order")
    expect(tab.errors).toEqual([])
  })
})
