// The admin extensions in the real Medusa dashboard (the .medusa/admin build),
// driven through Chromium: creating and sending a quote that the buyer accepts
// in the portal, replying to a buyer's question, the Client Portal settings, documents
// shared on a company's page and documents requested from it, an agreement template with an unknown variable, and
// companies, contacts and teams.
//
// Axe is not run here: these pages are Medusa's own dashboard UI, whose shell
// is outside this plugin (the portal's pages are checked in pages.spec.ts).
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Download, Page } from "playwright-core"
import { createShippingOption, createTaxRegion } from "../integration-tests/helpers/fixtures"
import { uploadRequestedDocumentWorkflow } from "../src/workflows/collaboration/workflows/document-requests"
import { adminTestRunner, logIn, MERCHANT } from "./support/admin"
import { openTab, type Tab } from "./support/browser"
import { DOCS_SCREENSHOT_DIR, eventually, textOf, visible } from "./support/checks"
import { addCaliforniaAddress, adminQuote, ordersOf, sendQuote } from "./support/portal"

jest.setTimeout(180_000)

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

adminTestRunner((suite) => {
  let tab: Tab
  let page: Page

  beforeEach(async () => {
    tab = await openTab(suite.browser, 1280)
    page = tab.page
    await logIn(page, suite)
  })

  afterEach(async () => {
    await tab?.context.close()
  })

  /** The quote's page in the dashboard, reached from the Quotes list. */
  async function openQuoteFromList(number: string) {
    await page.getByRole("link", { name: "Quotes" }).click()
    await visible(page.getByRole("heading", { name: "Quotes" }))
    await (await visible(page.getByRole("row").filter({ hasText: number }))).click()
    await visible(page.getByRole("heading", { level: 1, name: number }))
  }

  it("creates a quote with an optional item, sends it, and the buyer accepts it from the copied link", async () => {
    await tab.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: suite.adminUrl,
    })
    await page.getByRole("link", { name: "Quotes" }).click()
    await visible(page.getByRole("heading", { name: "Quotes" }))
    await page.getByRole("link", { name: "Create quote" }).click()
    await visible(page.getByRole("heading", { name: "Create quote" }))

    // The customer, searched by email.
    const customer = page.getByRole("combobox", { name: "Customer" })
    await customer.fill("buyer@acme")
    await (await visible(page.getByRole("option", { name: /Bea Buyer/ }))).click()
    await visible(page.getByText("buyer@acme.test · Acme"))

    // The only region is chosen already; a catalog product fills title and price.
    const product = page.getByRole("combobox", { name: "Add a product" })
    await product.fill("PRINTER-P1")
    await (await visible(page.getByRole("option", { name: /P1/ }))).click()
    const first = page.getByRole("group", { name: "Line 1" })
    await visible(first)
    expect(await first.getByLabel("Unit price (USD)").inputValue()).toBe("1000")
    await first.getByLabel("Quantity").fill("2")

    // A custom optional line, not pre-selected: the buyer decides.
    await page.getByRole("button", { name: "Add custom line" }).click()
    const second = page.getByRole("group", { name: "Line 2" })
    await second.getByLabel("Title").fill("Extended warranty")
    await second.getByLabel("Unit price (USD)").fill("300")
    await second.getByRole("checkbox", { name: "Optional: the buyer chooses" }).click()
    expect(
      await second.getByRole("checkbox", { name: "Optional: the buyer chooses" }).isChecked()
    ).toBe(true)

    await page.getByRole("button", { name: "Create draft" }).click()
    const heading = await visible(page.getByRole("heading", { level: 1, name: /^Q-\d+$/ }))
    const number = (await heading.innerText()).trim()
    const quoteId = new URL(page.url()).pathname.split("/").pop() as string

    // Send: the link is shown once, in a dialog, with a copy button.
    await page.getByRole("button", { name: "Send quote" }).click()
    const dialog = page.getByRole("alertdialog", { name: `${number} was sent` })
    await visible(dialog)
    const shown = await dialog.getByRole("textbox", { name: "Quote link" }).inputValue()
    expect(shown).toMatch(new RegExp(`^${suite.portalUrl}/q/[A-Za-z0-9_-]+$`))
    await dialog.getByRole("button", { name: "Copy" }).click()
    const copied = await eventually(async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText())
      expect(text).toBe(shown)
      return text
    })
    await dialog.getByRole("button", { name: "Done" }).click()
    await dialog.waitFor({ state: "hidden" })

    // The buyer opens the copied link, adds the optional warranty and accepts.
    const buyer = await tab.context.newPage()
    await buyer.goto(copied)
    await visible(buyer.getByRole("heading", { level: 1, name: `Quote ${number}` }))
    const warranty = buyer.getByRole("checkbox", { name: "Include Extended warranty" })
    expect(await warranty.isChecked()).toBe(false)
    await warranty.check()
    await buyer.waitForLoadState("networkidle")
    await buyer.getByRole("button", { name: "Accept quote" }).click()
    await buyer
      .getByRole("dialog", { name: "Place your order?" })
      .getByRole("button", { name: "Place order" })
      .click()
    await visible(buyer.getByRole("heading", { level: 1, name: `Quote ${number} is accepted` }))
    await buyer.close()

    // Exactly one order, made from this quote, with the buyer's selection.
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders).toHaveLength(1)
    const quote = await adminQuote(suite, quoteId)
    expect(quote.status).toBe("accepted")
    expect(quote.order.id).toBe(orders[0].id)
    const printer = quote.items.find((item: { variant_id: string | null }) => item.variant_id)
    expect(printer).toMatchObject({ quantity: 2, unit_price: 1000, is_optional: false })
    expect(orders[0].items.map((item) => item.title).sort()).toEqual(
      [printer.title, "Extended warranty"].sort()
    )

    // The dashboard shows it accepted, with a link to the order.
    await page.reload()
    await visible(page.getByRole("heading", { level: 1, name: number }))
    await visible(page.getByText("Accepted", { exact: true }))
    const orderLink = page.getByRole("link", { name: `Order #${orders[0].display_id}` })
    await visible(orderLink)
    expect(await orderLink.getAttribute("href")).toBe(`/app/orders/${orders[0].id}`)
    expect(tab.errors).toEqual([])
  })

  it("the quote form assigns staff, labels the deposit, and sets the address, shipping method and freight; the quote shows them with tax per line", async () => {
    const container = suite.getContainer()
    await createTaxRegion(container, "us", 10)
    const shipping = await createShippingOption(container, suite.store, 25)
    await addCaliforniaAddress(suite)
    const users = await suite.api.get("/admin/users?limit=50", suite.admin)
    const merchant = users.data.users.find((u: { email: string }) => u.email === MERCHANT.email)

    await page.getByRole("link", { name: "Quotes" }).click()
    await page.getByRole("link", { name: "Create quote" }).click()
    await visible(page.getByRole("heading", { name: "Create quote" }))
    await page.getByRole("combobox", { name: "Customer" }).fill("buyer@acme")
    await (await visible(page.getByRole("option", { name: /Bea Buyer/ }))).click()
    await page.getByRole("combobox", { name: "Add a product" }).fill("PRINTER-P1")
    await (await visible(page.getByRole("option", { name: /P1/ }))).click()
    await visible(page.getByRole("group", { name: "Line 1" }))

    // The customer's default address is chosen; another of theirs can be.
    const address = page.getByRole("combobox", { name: "Shipping address" })
    await eventually(async () => expect(await textOf(address)).toContain("1 Main Street"))
    await address.click()
    await (await visible(page.getByRole("option", { name: /9 Ocean Drive/ }))).click()
    await page.getByRole("combobox", { name: "Shipping method" }).click()
    await (await visible(page.getByRole("option", { name: new RegExp(shipping.name) }))).click()
    await page.getByRole("spinbutton", { name: "Freight (USD)" }).fill("40")

    // The deposit input has a label of its own, not just an aria-label.
    await page.getByRole("combobox", { name: "Deposit", exact: true }).click()
    await (await visible(page.getByRole("option", { name: "Percent" }))).click()
    const deposit = page.getByLabel("Deposit percent (% of the total)")
    expect(
      await deposit.evaluate((el) =>
        Array.from((el as HTMLInputElement).labels ?? []).map((label) => label.textContent)
      )
    ).toEqual(["Deposit percent (% of the total)"])
    await deposit.fill("30")

    // Staff assignment: the merchant gets the buyer's alerts.
    const staff = page.getByRole("group", { name: "Assigned staff" })
    await (await visible(staff.getByRole("checkbox", { name: /Mia Merchant/ }))).click()

    await page.getByRole("button", { name: "Create draft" }).click()
    const heading = await visible(page.getByRole("heading", { level: 1, name: /^Q-\d+$/ }))
    const number = (await heading.innerText()).trim()
    const quoteId = new URL(page.url()).pathname.split("/").pop() as string
    const quote = await adminQuote(suite, quoteId)
    expect(quote).toMatchObject({
      assigned_user_ids: [merchant.id],
      deposit_percent: 30,
      shipping_option_id: shipping.id,
      shipping_amount: 40,
      shipping_address: { address_1: "9 Ocean Drive", province: "us-ca" },
    })

    // The quote page: where it ships, how, and the tax Medusa computed per line.
    await eventually(async () =>
      expect(await textOf(page.getByTestId("quote-shipping-address"))).toContain("9 Ocean Drive")
    )
    expect(await textOf(page.getByTestId("quote-shipping-method"))).toBe(
      `${shipping.name} · $40.00`
    )
    expect(await textOf(page.getByTestId("line-tax").first())).toBe("10% · $100.00")

    // The send dialog: the validity, and separately how long the link stays readable.
    await page.getByRole("button", { name: "Send quote" }).click()
    const dialog = await visible(page.getByRole("alertdialog", { name: `${number} was sent` }))
    const sent = await adminQuote(suite, quoteId)
    const shown = (value: string) =>
      page.evaluate(
        (iso) =>
          new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
            new Date(iso)
          ),
        value
      )
    const validity = await textOf(dialog.getByTestId("send-valid-until"))
    expect(validity).toContain(await shown(sent.valid_until))
    const readable = await textOf(dialog.getByTestId("send-link-readable-until"))
    const expires = new Date(new Date(sent.valid_until).getTime() + 30 * 24 * 3600 * 1000)
    expect(readable).toContain(await shown(expires.toISOString()))
    expect(readable).toContain("30 days after the quote's validity")
    expect(readable).toContain("read-only")
    expect(tab.errors).toEqual([])
  })

  it("a reply to the buyer's question on the quote page shows up on the buyer's page", async () => {
    const sent = await sendQuote(suite)
    const asked = await suite.api.post(
      `/store/portal/quote-links/${sent.token}/messages`,
      { body: "Can you deliver before March?" },
      suite.store.storeHeaders
    )
    expect(asked.status).toBe(201)

    // The buyer's page is open while staff answer.
    const buyer = await tab.context.newPage()
    await buyer.goto(sent.url)
    await visible(buyer.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number}` }))
    const thread = buyer.getByRole("list", { name: "Messages" })
    await visible(thread.getByText("Can you deliver before March?"))

    await openQuoteFromList(sent.quote.number)
    await visible(page.getByText("Can you deliver before March?"))
    await page.getByRole("textbox", { name: "Reply to the buyer" }).fill("Yes, on February 20.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await visible(page.getByText("Reply sent"))
    await eventually(async () =>
      expect(await page.getByRole("textbox", { name: "Reply to the buyer" }).inputValue()).toBe("")
    )
    await visible(page.getByText("Yes, on February 20."))

    await eventually(
      async () =>
        expect(await textOf(thread.getByRole("listitem").last())).toContain("Yes, on February 20."),
      { timeout: 15_000, interval: 250 }
    )
    const messages = (await adminQuote(suite, sent.quote.id)).messages
    expect(messages.map((m: { author_type: string }) => m.author_type)).toEqual([
      "customer",
      "staff",
    ])
    expect(tab.errors).toEqual([])
  })

  it("Client Portal settings: a new display name and colour are kept and shown to buyers", async () => {
    await page.getByRole("link", { name: "Settings" }).click()
    await (await visible(page.getByRole("link", { name: "Client Portal" }))).click()
    await visible(page.getByRole("heading", { level: 1, name: "Client Portal" }))
    // The copy says what the settings do today: the portal discount is a live promotion.
    await visible(page.getByText(/Medusa applies it as an automatic promotion \(PORTAL-DISCOUNT\)/))
    expect(await page.getByText(/once portal carts are available/).count()).toBe(0)

    const name = page.getByRole("textbox", { name: /^Display name/ })
    const colour = page.getByRole("textbox", { name: "Primary colour", exact: true })
    await visible(name)
    await name.fill("Northwind Supplies")
    await colour.fill("#0f766e")
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await visible(page.getByText("Client Portal settings saved"))

    await page.reload()
    await visible(page.getByRole("heading", { level: 1, name: "Client Portal" }))
    await visible(name)
    expect(await name.inputValue()).toBe("Northwind Supplies")
    expect(await colour.inputValue()).toBe("#0f766e")

    // The buyer's quote page carries the new name and colour.
    const sent = await sendQuote(suite)
    const buyer = await tab.context.newPage()
    await buyer.goto(sent.url)
    await visible(buyer.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number}` }))
    const banner = buyer.getByRole("banner")
    await eventually(async () => expect(await textOf(banner)).toContain("Northwind Supplies"))
    const brand = await buyer.evaluate(() =>
      getComputedStyle(document.querySelector(".page") as Element)
        .getPropertyValue("--brand")
        .trim()
    )
    expect(brand).toBe("#0f766e")
    expect(tab.errors).toEqual([])
  })

  it("Documents: turned on in the settings, a PDF uploaded on the company's page is listed, opened and deleted", async () => {
    const company = (
      await suite.api.post(
        "/admin/portal/companies",
        { name: "Umbrella Corp", is_customer: true, is_supplier: false },
        suite.admin
      )
    ).data.company
    // A contact, so the section also reads the company's quotes and orders for its picker.
    await suite.api.post(
      `/admin/portal/companies/${company.id}/members`,
      { customer_id: suite.store.customer.id },
      suite.admin
    )
    const refused: string[] = []
    page.on("response", (response) => {
      if (response.status() >= 400 && /\/admin\/(orders|portal\/quotes)/.test(response.url())) {
        refused.push(`${response.status()} ${response.url()}`)
      }
    })
    const companyPage = `${suite.adminUrl}/app/companies/${company.id}`
    const documents = async () =>
      (await suite.api.get(`/admin/portal/companies/${company.id}/documents`, suite.admin)).data
        .documents
    const offNote = page.getByText(
      "Contacts do not see documents until you turn Documents on in the Client Portal settings."
    )

    // Off by default: the company's page says contacts do not see documents yet.
    await page.goto(companyPage)
    await visible(page.getByRole("heading", { level: 2, name: "Documents" }))
    await visible(offNote)
    await visible(page.getByText("No documents yet."))

    // Staff turn the feature on in the Client Portal settings.
    await page.getByRole("link", { name: "Settings" }).click()
    await (await visible(page.getByRole("link", { name: "Client Portal" }))).click()
    await visible(page.getByRole("heading", { level: 2, name: "Features" }))
    const toggle = page.getByRole("switch", { name: "Documents", exact: true })
    await visible(page.getByText("Share files with companies in the portal"))
    expect(await toggle.getAttribute("aria-checked")).toBe("false")
    await toggle.click()
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await visible(page.getByText("Client Portal settings saved"))
    const settings = (await suite.api.get("/admin/portal/settings", suite.admin)).data.settings
    expect(settings.documents_enabled).toBe(true)

    await page.goto(companyPage)
    await visible(page.getByRole("heading", { level: 2, name: "Documents" }))
    await visible(page.getByText("No documents yet."))
    expect(await offNote.count()).toBe(0)

    // A file that is not what its name says is refused with the server's sentence.
    await page.getByRole("button", { name: "Upload", exact: true }).click()
    const upload = await visible(page.getByRole("dialog", { name: "Upload document" }))
    await upload.getByLabel("File").setInputFiles({
      name: "fake.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html><script>alert(1)</script></html>"),
    })
    await upload.getByRole("button", { name: "Upload", exact: true }).click()
    await visible(upload.getByText(/fake\.pdf is not a file the portal takes/))
    expect(await documents()).toEqual([])

    // A real PDF, with a title and a caption, for the company.
    await upload.getByLabel("File").setInputFiles({
      name: "price-list-2027.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
    })
    await upload.getByRole("textbox", { name: /^Title/ }).fill("Price list 2027")
    await upload.getByRole("textbox", { name: /^Caption/ }).fill("Valid from January")
    await upload.getByRole("button", { name: "Upload", exact: true }).click()
    await upload.waitFor({ state: "hidden" })
    await visible(page.getByText("Price list 2027 was shared with Umbrella Corp"))
    const [shared] = await documents()
    expect(shared).toMatchObject({
      title: "Price list 2027",
      caption: "Valid from January",
      file_name: "price-list-2027.pdf",
      type: "pdf",
      attached_to: "company",
      source: "staff",
    })
    const row = page.getByTestId(`document-${shared.id}`)
    await visible(row)
    const listed = await textOf(row)
    expect(listed).toContain("Price list 2027")
    expect(listed).toContain("price-list-2027.pdf")
    expect(listed).toContain("Valid from January")
    expect(listed).toContain("The company")

    // Open: the file, read with the staff session, in a new tab from a blob URL. Headless
    // Chromium has no PDF viewer, so the tab saves it at once: the bytes are the PDF uploaded.
    const opened = new Promise<{ tab: Page; download: Download }>((resolve) =>
      tab.context.once("page", (opened) =>
        opened.once("download", (download) => resolve({ tab: opened, download }))
      )
    )
    await row.getByRole("button", { name: "Open Price list 2027" }).click()
    const { tab: newTab, download } = await opened
    expect(download.url()).toMatch(/^blob:/)
    const chunks: Buffer[] = []
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString("latin1")).toMatch(/^%PDF-1\.4/)
    await newTab.close()

    // Delete, confirmed: the list is empty again.
    await row.getByRole("button", { name: "Delete Price list 2027" }).click()
    const confirm = await visible(
      page.getByRole("alertdialog", { name: "Delete Price list 2027?" })
    )
    await confirm.getByRole("button", { name: "Delete", exact: true }).click()
    await visible(page.getByText("No documents yet."))
    expect(await row.count()).toBe(0)
    expect(await documents()).toEqual([])
    expect(refused).toEqual([])
    expect(tab.errors).toEqual([])
  })

  it("Document requests: staff ask a company for two documents, see a contact's upload under its item and Done, then close and reopen the request", async () => {
    const company = (
      await suite.api.post(
        "/admin/portal/companies",
        { name: "Initech", is_customer: true, is_supplier: false },
        suite.admin
      )
    ).data.company
    const customerId = suite.store.customer.id
    await suite.api.post(
      `/admin/portal/companies/${company.id}/members`,
      { customer_id: customerId },
      suite.admin
    )
    const requests = async () =>
      (await suite.api.get(`/admin/portal/companies/${company.id}/document-requests`, suite.admin))
        .data.document_requests
    const companyPage = `${suite.adminUrl}/app/companies/${company.id}`

    await page.goto(companyPage)
    await visible(page.getByRole("heading", { level: 2, name: "Document requests" }))
    await visible(page.getByText("No document requests yet."))

    // The form: a title is needed, and each document a name; then two documents asked for.
    await page.getByRole("button", { name: "Request documents", exact: true }).click()
    const form = await visible(page.getByRole("dialog", { name: "Request documents" }))
    await form.getByRole("button", { name: "Send request", exact: true }).click()
    await visible(form.getByText("Give the request a title."))
    await visible(form.getByText("Name the document."))
    await form.getByRole("textbox", { name: "Title" }).fill("Onboarding 2027")
    await form
      .getByRole("textbox", { name: /^Note/ })
      .fill("Please upload both by the end of January.")
    const first = form.getByRole("group", { name: "Document 1" })
    await first.getByRole("textbox", { name: "Name" }).fill("Certificate of insurance")
    await first.getByLabel("Due date").fill("2027-01-31")
    await first.getByRole("textbox", { name: /^Description/ }).fill("Liability, at least 1M")
    await form.getByRole("button", { name: "Add document", exact: true }).click()
    const second = form.getByRole("group", { name: "Document 2" })
    await second.getByRole("textbox", { name: "Name" }).fill("W-9 form")
    await form.getByRole("button", { name: "Send request", exact: true }).click()
    await form.waitFor({ state: "hidden" })
    await visible(page.getByText("Onboarding 2027 was requested from Initech"))

    const [created] = await requests()
    expect(created).toMatchObject({
      title: "Onboarding 2027",
      note: "Please upload both by the end of January.",
      status: "open",
      done_at: null,
    })
    expect(
      created.items.map((item: { name: string; due_date: string | null }) => [
        item.name,
        item.due_date,
      ])
    ).toEqual([
      ["Certificate of insurance", "2027-01-31"],
      ["W-9 form", null],
    ])
    const [insurance, w9] = created.items as { id: string }[]

    // The new request is shown open, with its two items and nothing uploaded yet.
    const row = page.getByTestId(`document-request-${created.id}`)
    const status = row.getByTestId("document-request-status")
    expect(await textOf(await visible(status))).toBe("Open")
    const insuranceItem = row.getByTestId(`document-request-item-${insurance.id}`)
    const w9Item = row.getByTestId(`document-request-item-${w9.id}`)
    expect(await textOf(await visible(insuranceItem))).toContain("Certificate of insurance")
    expect(await textOf(insuranceItem)).toContain("Liability, at least 1M")
    expect(await textOf(insuranceItem)).toContain("Nothing uploaded yet.")
    expect(await textOf(await visible(w9Item))).toContain("No due date")

    // A contact uploads the certificate and ticks "I'm completely done uploading".
    const { result: uploaded } = await uploadRequestedDocumentWorkflow(suite.getContainer()).run({
      input: {
        access: {
          kind: "member",
          customer_id: customerId,
          company_id: company.id,
          permissions: ["documents.upload", "documents.view"],
        },
        request_id: created.id,
        item_id: insurance.id,
        file: {
          file_name: "insurance.pdf",
          content: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").toString(
            "base64"
          ),
        },
        done: true,
      },
    })

    // Staff see the file under its item and the request done; it is also among the documents.
    await page.reload()
    await (await visible(row.getByRole("button", { name: /Onboarding 2027/ }))).click()
    await eventually(async () => expect(await textOf(status)).toBe("Done"))
    await visible(insuranceItem.getByText("insurance.pdf"))
    await visible(insuranceItem.getByRole("button", { name: "Open insurance.pdf" }))
    expect(await textOf(row)).toContain("Done uploading")
    expect(await textOf(w9Item)).toContain("Nothing uploaded yet.")
    expect(await textOf(await visible(page.getByTestId(`document-${uploaded.id}`)))).toContain(
      "A document request"
    )

    // Close, confirmed: contacts can no longer upload.
    await row.getByRole("button", { name: "Close", exact: true }).click()
    const confirm = await visible(page.getByRole("alertdialog", { name: "Close Onboarding 2027?" }))
    await confirm.getByRole("button", { name: "Close request", exact: true }).click()
    await visible(page.getByText("Closed Onboarding 2027"))
    await eventually(async () => expect(await textOf(status)).toBe("Closed"))
    expect((await requests())[0].status).toBe("closed")
    expect(await row.getByRole("button", { name: "Close", exact: true }).count()).toBe(0)

    // Reopened for more uploads: open again, and who said done is forgotten.
    await row.getByRole("button", { name: "Reopen", exact: true }).click()
    await visible(page.getByText("Reopened Onboarding 2027"))
    await eventually(async () => expect(await textOf(status)).toBe("Open"))
    expect((await requests())[0]).toMatchObject({ status: "open", done_at: null, done_by: null })
    await visible(insuranceItem.getByText("insurance.pdf"))
    expect(tab.errors).toEqual([])
  })

  it("an agreement template with an unknown variable shows the error and cannot be saved until fixed", async () => {
    await page.getByRole("link", { name: "Settings" }).click()
    await (await visible(page.getByRole("link", { name: "Agreement templates" }))).click()
    await visible(page.getByRole("heading", { name: "Agreement templates" }))
    await page.getByRole("link", { name: "Create", exact: true }).click()
    await visible(page.getByRole("heading", { name: "Create agreement template" }))

    await page.getByRole("textbox", { name: "Name" }).fill("Boot agreement")
    const body = page.getByRole("textbox", { name: "Agreement text" })
    await body.fill("{{customer.first_name}} orders boots in size {{customer.shoe_size}}.")
    const save = page.getByRole("button", { name: "Save", exact: true })
    await visible(page.getByText(/customer\.shoe_size/).and(page.locator("[id$='-error']")))
    expect(await body.getAttribute("aria-invalid")).toBe("true")
    expect(await save.isDisabled()).toBe(true)

    await body.fill("{{customer.first_name}} orders boots for {{company.name}}.")
    await eventually(async () => expect(await save.isEnabled()).toBe(true))
    expect(await page.locator("#agreement-template-body-error").count()).toBe(0)
    // Its German version: quotes in German show and sign it, the others the default text.
    await page.getByRole("combobox", { name: "Language" }).click()
    await page.getByRole("option", { name: "German (de)" }).click()
    expect(await body.inputValue()).toBe("")
    await page.getByRole("textbox", { name: "Name" }).fill("Stiefelvertrag")
    await body.fill("{{customer.first_name}} bestellt Stiefel für {{company.name}}.")
    await eventually(async () => expect(await save.isEnabled()).toBe(true))
    await save.click()

    await visible(page.getByRole("heading", { name: "Agreement templates" }))
    await visible(page.getByRole("row").filter({ hasText: "Boot agreement" }))
    const templates = await suite.api.get("/admin/portal/agreement-templates", suite.admin)
    expect(templates.data.agreement_templates.map((t: { name: string }) => t.name)).toEqual([
      "Boot agreement",
    ])
    expect(templates.data.agreement_templates[0]).toMatchObject({
      body: "{{customer.first_name}} orders boots for {{company.name}}.",
      translations: {
        de: {
          name: "Stiefelvertrag",
          body: "{{customer.first_name}} bestellt Stiefel für {{company.name}}.",
        },
      },
    })
    expect(tab.errors).toEqual([])
  })

  it("Companies: creates a company, adds a contact, ticks a team and invites them; the customer page and the quote form show the company", async () => {
    const warehouse = await suite.api.post(
      "/admin/portal/teams",
      { name: "Warehouse", permissions: ["orders.view"] },
      suite.admin
    )
    const customer = suite.store.customer

    await page.getByRole("link", { name: "Companies" }).click()
    await visible(page.getByRole("heading", { name: "Companies" }))
    await page.getByRole("button", { name: "Create company" }).click()
    const form = await visible(page.getByRole("dialog", { name: "Create company" }))
    await form.getByRole("textbox", { name: "Name" }).fill("Globex Ltd")
    await form.getByRole("checkbox", { name: "Supplies you (supplier)" }).click()
    await form.getByRole("spinbutton", { name: "Discount (%)" }).fill("5")
    await form.getByRole("button", { name: "Create", exact: true }).click()
    await visible(page.getByRole("heading", { level: 1, name: "Globex Ltd" }))
    const companyId = new URL(page.url()).pathname.split("/").pop() as string
    const company = (await suite.api.get(`/admin/portal/companies/${companyId}`, suite.admin)).data
      .company
    expect(company).toMatchObject({
      name: "Globex Ltd",
      allow_portal: true,
      is_customer: true,
      is_supplier: true,
      discount_percent: 5,
    })

    // An existing customer, found by email, becomes a contact without a login.
    await page.getByRole("button", { name: "Add contact" }).click()
    const add = await visible(page.getByRole("dialog", { name: "Add contact" }))
    await add.getByRole("combobox", { name: "Customer" }).fill("buyer@acme")
    await (await visible(page.getByRole("option", { name: /Bea Buyer/ }))).click()
    await add.getByRole("button", { name: "Add contact" }).click()
    await add.waitFor({ state: "hidden" })
    const row = page.getByTestId(`contact-${customer.email}`)
    const status = row.getByTestId("login-status")
    await eventually(async () => expect(await textOf(status)).toBe("No login"))

    // A tick grants the team.
    const team = row.getByRole("group", { name: "Teams of Bea Buyer" })
    await team.getByRole("checkbox", { name: "Warehouse" }).click()
    const members = async () =>
      (await suite.api.get(`/admin/portal/companies/${companyId}/members`, suite.admin)).data
        .members
    await eventually(async () =>
      expect((await members())[0].teams.map((t: { id: string }) => t.id)).toContain(
        warehouse.data.team.id
      )
    )

    // Invite: the status becomes Invited.
    await row.getByRole("button", { name: "Actions for Bea Buyer" }).click()
    await (await visible(page.getByRole("menuitem", { name: "Invite to the portal" }))).click()
    await eventually(async () => expect(await textOf(status)).toBe("Invited"))
    expect((await members())[0].invitation_status).toBe("invited")
    await visible(page.getByText("Invitation sent").first())
    await docsScreenshot(page, "company")

    // The customer's page lists the company with their portal access.
    await page.goto(`${suite.adminUrl}/app/customers/${customer.id}`)
    const widget = page.getByRole("table").filter({ hasText: "Portal login" })
    await visible(widget)
    expect(await textOf(widget)).toContain("Invited")
    expect(await widget.getByRole("link", { name: "Globex Ltd" }).getAttribute("href")).toBe(
      `/app/companies/${companyId}`
    )

    // The quote form offers the customer's company, chosen as their only one.
    await page.goto(`${suite.adminUrl}/app/quotes/create?customer_id=${customer.id}`)
    const picker = page.getByRole("combobox", { name: "Company" })
    await eventually(async () => expect(await textOf(picker)).toBe("Globex Ltd"))
    // Staff may make it a quote for no company: that choice is what is saved.
    await picker.click()
    await (await visible(page.getByRole("option", { name: "No company" }))).click()
    await page.getByRole("button", { name: "Create draft" }).click()
    await visible(page.getByRole("heading", { level: 1, name: /^Q-\d+$/ }))
    const quoteId = new URL(page.url()).pathname.split("/").pop() as string
    expect((await adminQuote(suite, quoteId)).company_id).toBeNull()

    // A company that only buys is not offered the supplier team for its contacts.
    const initech = (
      await suite.api.post(
        "/admin/portal/companies",
        { name: "Initech", is_customer: true, is_supplier: false },
        suite.admin
      )
    ).data.company.id
    await suite.api.post(
      `/admin/portal/companies/${initech}/members`,
      { customer_id: customer.id },
      suite.admin
    )
    await page.goto(`${suite.adminUrl}/app/companies/${initech}`)
    const initechTeams = page
      .getByTestId(`contact-${customer.email}`)
      .getByRole("group", { name: "Teams of Bea Buyer" })
    await visible(initechTeams.getByRole("checkbox", { name: "Customer Portal Users" }))
    expect(
      await initechTeams.getByRole("checkbox", { name: "Customer Portal Supplier Users" }).count()
    ).toBe(0)
    expect(tab.errors).toEqual([])
  })

  it("Settings → Portal teams: a permission ticked off is saved; the default teams are protected", async () => {
    await page.getByRole("link", { name: "Settings" }).click()
    await (await visible(page.getByRole("link", { name: "Portal teams" }))).click()
    await visible(page.getByRole("heading", { level: 1, name: "Portal teams" }))

    const pay = page.getByRole("checkbox", {
      name: "Customer Portal Users: Pay the company's invoices",
    })
    await visible(pay)
    expect(await pay.isChecked()).toBe(true)
    expect(await page.getByRole("img", { name: "Protected default team" }).count()).toBe(2)
    expect(
      await page.getByRole("button", { name: "Actions for Customer Portal Users" }).count()
    ).toBe(0)
    await docsScreenshot(page, "portal-teams")

    await pay.click()
    await eventually(async () => expect(await pay.isChecked()).toBe(false))
    await eventually(async () => {
      const teams = (await suite.api.get("/admin/portal/teams", suite.admin)).data.teams
      const buyers = teams.find((t: { handle: string }) => t.handle === "customer-portal-users")
      expect(buyers.permissions).not.toContain("invoices.pay")
      expect(buyers.permissions).toContain("invoices.view")
    })
    expect(tab.errors).toEqual([])
  })
})
