// Signing in a real browser: with the mouse at 1280 px (then the signed PDF and
// the deposit), the empty pad refused, and a phone at 375 px signing with a
// finger through real touch events.
import type { Page } from "playwright-core"
import { openTab, type Tab } from "./support/browser"
import { eventually, expectNoHorizontalScroll, tabTo, textOf, visible } from "./support/checks"
import {
  adminQuote,
  consentBox,
  downloadControl,
  downloadFrom,
  fillSignForm,
  inkedPixels,
  money,
  ordersOf,
  pdfText,
  sendQuoteWithAgreement,
  signForm,
  type SentQuote,
} from "./support/portal"
import { portalTestRunner } from "./support/runner"

jest.setTimeout(150_000)

const SIGNER = { name: "Beatrice Q. Buyer", email: "bea.buyer@acme.test" }

portalTestRunner((suite) => {
  let tab: Tab | undefined

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  /** Opens the link, checks the deposit, and follows "Review and sign". */
  async function openSignPage(page: Page, sent: SentQuote, { tap = false } = {}) {
    await page.goto(sent.url)
    await visible(page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number}` }))
    // 30% of 3,750
    await eventually(async () =>
      expect(await textOf(page.getByTestId("deposit-due"))).toContain(
        money(1125, sent.quote.currency_code)
      )
    )
    const review = page.getByRole("button", { name: "Review and sign" })
    expect(await page.getByRole("button", { name: "Accept quote" }).count()).toBe(0)
    if (tap) await review.tap()
    else await review.click()
    await visible(page.getByRole("heading", { level: 1, name: "Sign the agreement" }))
    expect(new URL(page.url()).pathname).toBe(`/q/${sent.token}/sign`)
    // The agreement text, with the buyer's details filled in and the signer still to come.
    await visible(page.getByText("represented by Bea Buyer (buyer@acme.test)", { exact: false }))
    await visible(
      page.getByText(
        "by [the signer's name, filled in at signing] ([the signer's email, filled in at signing])",
        { exact: false }
      )
    )
    // Where the order ships, confirmed before signing.
    expect(await textOf(page.getByTestId("ship-to"))).toContain("1 Main Street")
  }

  /** The result has the focus, is on screen, and the live region said it. */
  async function expectResultFocused(page: Page, sent: SentQuote) {
    const heading = acceptedHeading(page, sent)
    await eventually(async () =>
      expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true)
    )
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(await textOf(page.getByTestId("announcer"))).toBe(
      `Quote ${sent.quote.number} is signed and accepted. Your order number is ${orders[0].display_id}.`
    )
    const top = await page.getByTestId("result").evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(-1)
    expect(top).toBeLessThan(page.viewportSize()!.height / 2)
  }

  const acceptedHeading = (page: Page, sent: SentQuote) =>
    page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })

  it("signs with the mouse: accepted page with the order, the signed PDF names the signer, the deposit is paid", async () => {
    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    const sent = await sendQuoteWithAgreement(suite)
    await openSignPage(page, sent)

    await fillSignForm(page, SIGNER, "mouse")
    expect(await inkedPixels(page.getByLabel("Signature pad"))).toBeGreaterThan(100)
    await page.getByRole("button", { name: "Sign & Agree" }).click()

    await visible(acceptedHeading(page, sent), 30_000)
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders).toHaveLength(1)
    await visible(page.getByText(`Order #${orders[0].display_id}`))
    expect(orders[0].items.map((i) => i.title).sort()).toEqual([
      "Installation",
      "Printer P1",
      "Printer P2",
    ])
    const quote = await adminQuote(suite, sent.quote.id)
    expect(quote.status).toBe("accepted")
    expect(quote.order.id).toBe(orders[0].id)

    // The signed PDF, as the buyer downloads it.
    const { bytes } = await downloadFrom(
      page,
      downloadControl(page, "Download signed PDF"),
      suite.publishableKey
    )
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
    const text = (await pdfText(bytes)).replace(/\s+/g, " ")
    expect(text).toContain(SIGNER.name)
    expect(text).toContain(SIGNER.email)
    // {{signer.name}} ({{signer.email}}) in the agreement: who signed, not the quote's customer.
    expect(text).toContain(`by ${SIGNER.name} (${SIGNER.email})`)
    expect(text).not.toContain("filled in at signing")

    // The deposit invoice, paid through the system provider.
    const invoices = page.getByRole("region", { name: "Invoices" })
    await visible(page.getByRole("heading", { level: 2, name: "Invoices" }))
    await visible(invoices.getByText(/Deposit invoice INV-\d+/))
    await invoices.getByRole("button", { name: "Pay deposit" }).click()
    await invoices.getByRole("button", { name: /^Pay \$/ }).click()
    await visible(invoices.getByText("Paid", { exact: true }), 30_000)
    await eventually(async () =>
      expect(await invoices.getByRole("button", { name: "Pay deposit" }).count()).toBe(0)
    )
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(1)

    // The invoice as a PDF, now marked paid, as the buyer downloads it.
    const invoicePdf = await downloadFrom(
      page,
      downloadControl(invoices, /Download Deposit invoice INV-\d+ \(PDF\)/),
      suite.publishableKey
    )
    expect(invoicePdf.filename).toMatch(/^INV-\d+\.pdf$/)
    const invoiceText = (await pdfText(invoicePdf.bytes)).replace(/\s+/g, " ")
    expect(invoiceText).toContain(invoicePdf.filename.replace(".pdf", ""))
    expect(invoiceText).toMatch(/\bPAID · Payment reference: \S+/)
    expect(invoiceText).not.toContain("UNPAID")
    expect(tab.errors).toEqual([])
  })

  it("refuses an empty pad: an alert asks for a signature and nothing is signed", async () => {
    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    const sent = await sendQuoteWithAgreement(suite)
    await openSignPage(page, sent)
    const signCalls: number[] = []
    page.on("response", (res) => {
      if (res.request().method() === "POST" && res.url().endsWith("/sign")) {
        signCalls.push(res.status())
      }
    })

    await fillSignForm(page, SIGNER, "none")
    await page.getByRole("button", { name: "Sign & Agree" }).click()
    const alert = signForm(page).getByRole("alert").or(page.getByRole("alert"))
    await eventually(async () =>
      expect(await textOf(alert.first())).toContain("Draw your signature")
    )
    await page.waitForLoadState("networkidle")

    expect(signCalls.filter((status) => status < 400)).toEqual([])
    expect(new URL(page.url()).pathname).toBe(`/q/${sent.token}/sign`)
    const quote = await adminQuote(suite, sent.quote.id)
    expect(["sent", "viewed"]).toContain(quote.status)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(0)

    // Undo and Clear are there, and after drawing the same form goes through.
    const pad = page.getByLabel("Signature pad")
    await visible(page.getByRole("button", { name: "Undo" }))
    await visible(page.getByRole("button", { name: "Clear" }))
    await fillSignForm(page, SIGNER, "mouse")
    await page.getByRole("button", { name: "Clear" }).click()
    expect(await inkedPixels(pad)).toBe(0)
    await fillSignForm(page, SIGNER, "mouse")
    await page.getByRole("button", { name: "Sign & Agree" }).click()
    await visible(acceptedHeading(page, sent), 30_000)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(1)
  })

  it("signs with the keyboard alone, putting the typed name on the pad", async () => {
    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    const sent = await sendQuoteWithAgreement(suite)
    await page.goto(`${sent.url}/sign`)
    await visible(page.getByRole("heading", { level: 1, name: "Sign the agreement" }))

    await tabTo(page, page.getByRole("textbox", { name: "Full name" }))
    await page.keyboard.type(SIGNER.name)
    await tabTo(page, page.getByRole("textbox", { name: "Email" }))
    await page.keyboard.type(SIGNER.email)
    await tabTo(page, page.getByRole("button", { name: "Use my typed name" }))
    await page.keyboard.press("Enter")
    await eventually(async () =>
      expect(await inkedPixels(page.getByLabel("Signature pad"))).toBeGreaterThan(100)
    )
    await tabTo(page, consentBox(page))
    await page.keyboard.press("Space")
    expect(await consentBox(page).isChecked()).toBe(true)
    await tabTo(page, page.getByRole("button", { name: "Sign & Agree" }))
    await page.keyboard.press("Enter")

    await visible(acceptedHeading(page, sent), 30_000)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(1)
    await expectResultFocused(page, sent)
    expect(tab.errors).toEqual([])
  })

  it("signs on a 375 px phone with a finger (touch events), without sideways scrolling", async () => {
    tab = await openTab(suite.browser, 375)
    const { page } = tab
    const sent = await sendQuoteWithAgreement(suite)
    await openSignPage(page, sent, { tap: true })
    await expectNoHorizontalScroll(page)

    await fillSignForm(page, SIGNER, "touch")
    expect(await inkedPixels(page.getByLabel("Signature pad"))).toBeGreaterThan(100)
    await page.getByRole("button", { name: "Sign & Agree" }).tap()

    await visible(acceptedHeading(page, sent), 30_000)
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders).toHaveLength(1)
    await visible(page.getByText(`Order #${orders[0].display_id}`))
    await expectResultFocused(page, sent)
    await expectNoHorizontalScroll(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(tab.errors).toEqual([])
  })
})
