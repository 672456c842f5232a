// The buyer's quote page in a real browser: choosing optional items and
// accepting, a double click, declining, asking a question, and the expired,
// unknown-link and error pages. Signing lives in sign-flows.spec.ts.
import { randomBytes } from "node:crypto"
import type { Page } from "playwright-core"
import { openTab, type Tab } from "./support/browser"
import {
  eventually,
  expectAccessible,
  expectVisibleFocus,
  tabTo,
  textOf,
  visible,
} from "./support/checks"
import {
  addCaliforniaAddress,
  adminQuote,
  downloadControl,
  downloadFrom,
  expireQuote,
  itemNamed,
  money,
  ordersOf,
  pdfText,
  sendQuote,
  type SentQuote,
} from "./support/portal"
import { portalTestRunner } from "./support/runner"
import { createTaxRegion } from "../integration-tests/helpers/fixtures"

jest.setTimeout(120_000)

portalTestRunner((suite) => {
  let tab: Tab
  let page: Page

  beforeEach(async () => {
    tab = await openTab(suite.browser, 1280)
    page = tab.page
  })

  afterEach(async () => {
    await tab?.context.close()
  })

  /** Opens the link as sent and waits for the quote's heading. */
  async function openQuote(sent: SentQuote) {
    expect(sent.url).toBe(`${suite.portalUrl}/q/${sent.token}`)
    await page.goto(sent.url)
    await visible(page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number}` }))
  }

  const total = () => page.getByTestId("total")
  const confirmDialog = () => page.getByRole("dialog", { name: "Place your order?" })
  const acceptedHeading = (sent: SentQuote) =>
    page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })
  const acceptCalls = () => {
    const calls: number[] = []
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/accept")) calls.push(1)
    })
    return calls
  }

  it("Accept asks first, showing the total, the deposit and the address; Escape and Cancel place no order", async () => {
    const sent = await sendQuote(suite, { deposit_percent: 30 })
    const currency = sent.quote.currency_code
    await openQuote(sent)
    const accepts = acceptCalls()
    const accept = page.getByRole("button", { name: "Accept quote" })

    await accept.click()
    const dialog = await visible(confirmDialog())
    // 2 × 1,000 + 250 + 1,500 (optional, pre-selected); 30% of it; the customer's default address.
    expect(await textOf(dialog.getByTestId("confirm-total"))).toBe(money(3750, currency))
    expect(await textOf(dialog.getByTestId("confirm-deposit"))).toBe(money(1125, currency))
    const shipTo = await textOf(dialog.getByTestId("ship-to"))
    expect(shipTo).toContain("1 Main Street")
    expect(shipTo).toContain("Springfield, IL 62701")
    await expectAccessible(page, "accept-dialog")
    // Modal: the focus is inside, and Tab does not leave it for the page behind.
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab")
      const outside = await dialog.evaluate(
        (el) =>
          !!document.activeElement &&
          document.activeElement !== document.body &&
          !el.contains(document.activeElement)
      )
      expect(outside).toBe(false)
    }

    // Escape cancels and gives the focus back to Accept.
    await page.keyboard.press("Escape")
    await dialog.waitFor({ state: "hidden" })
    expect(await accept.evaluate((el) => el === document.activeElement)).toBe(true)
    // So does Cancel.
    await accept.click()
    await visible(dialog)
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "hidden" })
    await page.waitForLoadState("networkidle")
    expect(accepts).toEqual([])
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(0)
    expect((await adminQuote(suite, sent.quote.id)).status).not.toBe("accepted")

    // Only Place order places it.
    await accept.click()
    await confirmDialog().getByRole("button", { name: "Place order" }).click()
    await visible(acceptedHeading(sent))
    expect(accepts).toHaveLength(1)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(1)
    expect(tab.errors).toEqual([])
  })

  it("picking another of the buyer's addresses in the dialog reprices the quote, and the order ships there", async () => {
    // 5% in the US, 9.5% in California; the buyer's default address is in Illinois.
    const container = suite.getContainer()
    const us = await createTaxRegion(container, "us", 5)
    await createTaxRegion(container, "us", 9.5, { province_code: "us-ca", parent_id: us.id })
    await addCaliforniaAddress(suite)
    const sent = await sendQuote(suite)
    const currency = sent.quote.currency_code
    await openQuote(sent)
    await eventually(async () =>
      expect(await textOf(total())).toContain(money(3750 * 1.05, currency))
    )
    expect(await textOf(page.getByTestId("tax"))).toContain(money(187.5, currency))

    await page.getByRole("button", { name: "Accept quote" }).click()
    const dialog = await visible(confirmDialog())
    expect(await textOf(dialog.getByTestId("confirm-total"))).toBe(money(3937.5, currency))
    const west = dialog.getByRole("radio", { name: /9 Ocean Drive/ })
    expect(await dialog.getByRole("radio", { name: /1 Main Street/ }).isChecked()).toBe(true)
    await west.check()
    // The server's answer: 9.5% of 3,750.
    await eventually(async () =>
      expect(await textOf(dialog.getByTestId("confirm-total"))).toBe(money(4106.25, currency))
    )
    expect(await west.isChecked()).toBe(true)
    const stored = await adminQuote(suite, sent.quote.id)
    expect(stored.shipping_address).toMatchObject({ address_1: "9 Ocean Drive", province: "us-ca" })
    expect(stored.totals.total).toBe(4106.25)

    await dialog.getByRole("button", { name: "Place order" }).click()
    await visible(acceptedHeading(sent))
    await visible(page.getByText("9 Ocean Drive"))
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders).toHaveLength(1)
    expect(tab.errors).toEqual([])
  })

  it("after accepting on a phone, the focus and the view move to the result, and a live region announces it", async () => {
    await tab.context.close()
    tab = await openTab(suite.browser, 375)
    page = tab.page
    const sent = await sendQuote(suite)
    await openQuote(sent)
    const announcer = page.getByTestId("announcer")
    expect(await announcer.getAttribute("aria-live")).toBe("polite")
    expect(await textOf(announcer)).toBe("")

    const accept = page.getByRole("button", { name: "Accept quote" })
    await accept.scrollIntoViewIfNeeded()
    await accept.tap()
    await (await visible(confirmDialog())).getByRole("button", { name: "Place order" }).tap()

    const heading = await visible(acceptedHeading(sent))
    await eventually(async () =>
      expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true)
    )
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(await textOf(announcer)).toBe(
      `Quote ${sent.quote.number} is accepted. Your order number is ${orders[0].display_id}.`
    )
    // The banner is on screen, not above it.
    const box = await page
      .getByTestId("result")
      .evaluate((el) => ({ top: el.getBoundingClientRect().top, height: window.innerHeight }))
    expect(box.top).toBeGreaterThanOrEqual(-1)
    expect(box.top).toBeLessThan(box.height / 2)
    expect(tab.errors).toEqual([])
  })

  it("unticking an optional item lowers the total by its price; accepting creates one order with the selected items", async () => {
    const sent = await sendQuote(suite)
    const currency = sent.quote.currency_code
    await openQuote(sent)

    await visible(page.getByRole("banner"))
    // Valid for 14 days from now, counted in calendar days.
    await visible(page.getByText("Expires in 14 days"))
    const items = page.getByRole("table", { name: "Items" })
    await visible(items)
    for (const title of ["Printer P1", "Installation", "Printer P2", "Extended warranty"]) {
      await visible(items.getByText(title, { exact: true }))
    }
    const { bytes } = await downloadFrom(
      page,
      downloadControl(page, "Download PDF"),
      suite.publishableKey
    )
    expect(await pdfText(bytes)).toContain(sent.quote.number)

    // 2 × 1,000 + 250 + 1,500 (optional, pre-selected)
    await eventually(async () => expect(await textOf(total())).toContain(money(3750, currency)))
    const printerP2 = itemNamed(sent.quote, "Printer P2")
    const include = page.getByRole("checkbox", { name: "Include Printer P2" })
    expect(await include.isChecked()).toBe(true)
    await include.uncheck()
    await eventually(async () =>
      expect(await textOf(total())).toContain(money(3750 - printerP2.unit_price, currency))
    )
    // The server agrees, and the page still shows the same figure once it has answered.
    await page.waitForLoadState("networkidle")
    expect(await textOf(total())).toContain(money(2250, currency))

    await page.getByRole("button", { name: "Accept quote" }).click()
    await confirmDialog().getByRole("button", { name: "Place order" }).click()
    await visible(
      page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })
    )
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders).toHaveLength(1)
    await visible(page.getByText(`Order #${orders[0].display_id}`))
    expect(orders[0].items.map((i) => i.title).sort()).toEqual(["Installation", "Printer P1"])
    expect((await adminQuote(suite, sent.quote.id)).order.id).toBe(orders[0].id)
    expect(tab.errors).toEqual([])

    // Coming back to the link shows the accepted, read-only page.
    await page.reload()
    await visible(
      page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })
    )
    expect(await page.getByRole("button", { name: "Accept quote" }).count()).toBe(0)
  })

  it("works with the keyboard alone: an optional item, the decline dialog, accepting", async () => {
    const sent = await sendQuote(suite)
    const currency = sent.quote.currency_code
    await openQuote(sent)
    await eventually(async () => expect(await textOf(total())).toContain(money(3750, currency)))

    // Space on a focused optional item's checkbox ticks it, and the total follows.
    const warranty = page.getByRole("checkbox", { name: "Include Extended warranty" })
    await tabTo(page, warranty)
    await page.keyboard.press("Space")
    await eventually(async () => expect(await textOf(total())).toContain(money(4050, currency)))

    // The decline dialog opens with Enter, takes the focus, and Escape closes it.
    const decline = page.getByRole("button", { name: "Decline", exact: true })
    await tabTo(page, decline)
    await page.keyboard.press("Enter")
    const dialog = page.getByRole("dialog", { name: "Decline this quote" })
    await visible(dialog)
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    await page.keyboard.press("Escape")
    await dialog.waitFor({ state: "hidden" })
    expect(await decline.evaluate((el) => el === document.activeElement)).toBe(true)

    await tabTo(page, page.getByRole("button", { name: "Accept quote" }))
    await page.keyboard.press("Enter")
    // The dialog's first control, Place order, has the focus; Enter places the order.
    const place = confirmDialog().getByRole("button", { name: "Place order" })
    await visible(place)
    expect(await place.evaluate((el) => el === document.activeElement)).toBe(true)
    await expectVisibleFocus(place)
    await page.keyboard.press("Enter")
    await visible(
      page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })
    )
    const orders = await ordersOf(suite, suite.store.customer.id)
    expect(orders.map((o) => o.items.map((i) => i.title).sort())).toEqual([
      ["Extended warranty", "Installation", "Printer P1", "Printer P2"],
    ])
  })

  it("a double click on Place order sends once: one order, no error", async () => {
    const sent = await sendQuote(suite)
    await openQuote(sent)
    const accepts: number[] = []
    page.on("response", (res) => {
      if (res.request().method() === "POST" && res.url().endsWith("/accept")) {
        accepts.push(res.status())
      }
    })

    await page.getByRole("button", { name: "Accept quote" }).click()
    await confirmDialog().getByRole("button", { name: "Place order" }).dblclick()
    await visible(
      page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} is accepted` })
    )
    await page.waitForLoadState("networkidle")

    expect(accepts).toEqual([200])
    expect(await page.getByRole("alert").count()).toBe(0)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(1)
    expect(tab.errors).toEqual([])
  })

  it("declining with a reason through the dialog shows the declined page and records the reason", async () => {
    const sent = await sendQuote(suite)
    await openQuote(sent)

    await page.getByRole("button", { name: "Decline" }).click()
    const dialog = page.getByRole("dialog", { name: "Decline this quote" })
    await visible(dialog)
    // Cancel closes it and changes nothing.
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "hidden" })
    expect((await adminQuote(suite, sent.quote.id)).status).not.toBe("declined")

    await page.getByRole("button", { name: "Decline" }).click()
    await visible(dialog)
    await dialog.getByRole("textbox", { name: "Reason" }).fill("We found a cheaper offer.")
    await dialog.getByRole("button", { name: "Decline quote" }).click()
    await visible(
      page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number} was declined` })
    )

    const quote = await adminQuote(suite, sent.quote.id)
    expect(quote).toMatchObject({ status: "declined", decline_reason: "We found a cheaper offer." })
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(0)
    expect(tab.errors).toEqual([])
  })

  it("a question appears at the bottom of the thread, and a staff reply shows up without a reload", async () => {
    const sent = await sendQuote(suite)
    await openQuote(sent)
    await visible(page.getByRole("heading", { level: 2, name: "Questions" }))
    const messages = page.getByRole("list", { name: "Messages" })
    const last = () => messages.getByRole("listitem").last()

    await page.getByRole("textbox", { name: "Your question" }).fill("Can you deliver in March?")
    await page.getByRole("button", { name: "Send" }).click()
    await eventually(async () =>
      expect(await textOf(last())).toContain("Can you deliver in March?")
    )
    await eventually(async () =>
      expect(await page.getByRole("textbox", { name: "Your question" }).inputValue()).toBe("")
    )

    // Staff answer from the admin; the open page picks it up by itself.
    let navigations = 0
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++
    })
    await suite.api.post(
      `/admin/portal/quotes/${sent.quote.id}/messages`,
      { body: "Yes, in the first week of March." },
      suite.admin
    )
    await eventually(
      async () => expect(await textOf(last())).toContain("Yes, in the first week of March."),
      { timeout: 15_000, interval: 250 }
    )
    expect(navigations).toBe(0)
    const texts = (await messages.getByRole("listitem").allInnerTexts()).join("\n")
    expect(texts.indexOf("Can you deliver in March?")).toBeLessThan(
      texts.indexOf("Yes, in the first week of March.")
    )
    expect(tab.errors).toEqual([])
  })

  it("an expired quote shows the expired page and cannot be accepted", async () => {
    const sent = await sendQuote(suite)
    await expireQuote(suite, sent.quote.id)
    await page.goto(sent.url)
    await visible(page.getByRole("heading", { level: 1, name: "This quote has expired" }))
    expect(await page.getByRole("button", { name: "Accept quote" }).count()).toBe(0)
    expect(await ordersOf(suite, suite.store.customer.id)).toHaveLength(0)
  })

  it("an unknown link shows one neutral page that reveals nothing", async () => {
    // A real quote exists; a guessed token must not lead to it.
    const sent = await sendQuote(suite)
    const guess = randomBytes(32).toString("base64url")
    await page.goto(`${suite.portalUrl}/q/${guess}`)
    await visible(page.getByRole("heading", { level: 1, name: "This link is not available" }))
    const body = await textOf(page.locator("body"))
    expect(body).not.toContain(sent.quote.number)
    expect(body).not.toMatch(/Q-\d{4}/)
    for (const secret of ["Acme", "Bea", "buyer@acme.test", "Printer", "$"]) {
      expect(body).not.toContain(secret)
    }
    expect(await page.getByRole("table").count()).toBe(0)
  })

  it("a network failure shows an error page with a retry that recovers", async () => {
    const sent = await sendQuote(suite)
    const quoteApi = `${suite.backendUrl}/store/portal/quote-links/**`
    await page.route(quoteApi, (route) => route.abort("connectionrefused"))
    await page.goto(sent.url)
    await visible(page.getByRole("heading", { level: 1, name: "Something went wrong" }))

    await page.unroute(quoteApi)
    await page.getByRole("button", { name: "Try again" }).click()
    await visible(page.getByRole("heading", { level: 1, name: `Quote ${sent.quote.number}` }))
  })
})
