// The signed-in portal (issue 12): a contact invited by staff sets up their
// login and lands on /account; signs out and back in, returning to the page
// they wanted; forgets their password and resets it from the email; sees only
// the sections their teams allow; switches between their companies; sees the
// dashboard's counters, an accepted quote's order and deposit invoice, pays it
// and downloads the PDF; another company's contact finds neither by URL.
// Every page passes axe at 1280 and 375 px with no sideways scrolling, in one
// test that also tells the demo's story: a new staff reply shows on the
// dashboard, the quote is accepted with confirmation, its order and deposit
// invoice follow. One booted server; invitation and reset links come from the
// emails received through the SMTP path (captureEmails).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import type { Download, Page } from "playwright-core"
import { createAcceptedQuote, quoteBody } from "../integration-tests/helpers/fixtures"
import { CUSTOMER_PERMISSIONS } from "../src/shared/permissions"
import { createQuoteWorkflow } from "../src/workflows/quote"
import { openTab, type Tab } from "./support/browser"
import {
  eventually,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  textOf,
  visible,
} from "./support/checks"
import {
  acceptedContact,
  acceptInvitation,
  addMember,
  captureEmails,
  createCompany,
  createTeam,
  invite,
} from "./support/contacts"
import {
  adminQuote,
  consentBox,
  downloadControl,
  downloadFrom,
  drawWithMouse,
  pdfText,
  sendQuote,
  sendQuoteWithAgreement,
} from "./support/portal"
import { type PortalSuite, portalTestRunner } from "./support/runner"
import { pdfBytes } from "../integration-tests/helpers/procurement"

jest.setTimeout(180_000)

const PASSWORD = "Correct horse 42"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })
const nav = (page: Page) => page.getByRole("navigation", { name: "Account" })

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password", { exact: true }).fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}

/** A contact's login for the member API, as the portal sends it. */
async function memberHeaders(suite: PortalSuite, email: string) {
  const { data } = await suite.api.post("/auth/customer/emailpass", { email, password: PASSWORD })
  return {
    headers: {
      authorization: `Bearer ${data.token}`,
      "x-publishable-api-key": suite.publishableKey,
    },
  }
}

/** Acme with Ana (a buyer) and the store's customer, and an accepted quote's order of Acme. */
async function acmeWithOrder(
  suite: PortalSuite,
  emails: Awaited<ReturnType<typeof captureEmails>>
) {
  const acme = await createCompany(suite, "Acme Tools")
  const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
  const ana = await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)
  await addMember(suite, acme, { customer_id: suite.store.customer.id }, [buyers])
  const { quote, order_id } = await createAcceptedQuote(suite.api, suite.admin, suite.store, {
    company_id: acme,
    deposit_percent: 30,
  })
  await sendQuote(suite, { company_id: acme })
  const headers = await memberHeaders(suite, "ana@acme.test")
  const [invoice] = (await suite.api.get(`/store/portal/invoices?quote_id=${quote.id}`, headers))
    .data.invoices
  const order = (await suite.api.get(`/store/portal/orders/${order_id}`, headers)).data.order
  return { acme, buyers, ana, headers, quote, order, invoice }
}

/** A 2 × 2 PNG (red, green, blue, white): a picture the browser can draw. */
const PICTURE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC",
  "base64"
)

/** Staff share a file with the company through the admin route, as the dashboard does. */
async function shareDocument(
  suite: PortalSuite,
  companyId: string,
  file: { bytes: Buffer; name: string },
  fields: Record<string, string>
) {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.append(key, value)
  body.append("file", new Blob([new Uint8Array(file.bytes)]), file.name)
  const res = await suite.api.post(
    `/admin/portal/companies/${companyId}/documents`,
    body,
    suite.admin
  )
  return res.data.document as { id: string }
}

const offerDocuments = (suite: PortalSuite, on: boolean) =>
  suite.api.post("/admin/portal/settings", { documents_enabled: on }, suite.admin)

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

  it("an invited contact sets a password, lands on /account, edits their profile, signs out and back in to the page they wanted", async () => {
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    const member = await addMember(suite, acme, { email: "ana@acme.test" }, [buyers])
    const link = await invite(suite, emails, acme, member, "ana@acme.test")
    expect(link).toMatch(new RegExp(`^${suite.portalUrl}/invite/[A-Za-z0-9_-]{43}$`))

    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    await page.goto(link)
    await visible(h1(page, "Set up your portal login"))
    await page.getByLabel("First name").fill("Ana")
    await page.getByLabel("Last name").fill("Buyer")
    // Too weak: the rules say why, nothing is sent.
    await page.getByLabel("Password", { exact: true }).fill("short")
    await page.getByLabel("Repeat the password").fill("short")
    await page.getByRole("button", { name: "Join the portal" }).click()
    await visible(page.getByRole("alert").getByText("Password: at least 10 characters."))
    // The reset page's rules, the invited address included (the page knows it from the check).
    await visible(page.getByText("Acme Tools is waiting for you as ana@acme.test."))
    await page.getByLabel("Password", { exact: true }).fill("Ana-at-acme-2026")
    await page.getByLabel("Repeat the password").fill("Ana-at-acme-2026")
    await page.getByRole("button", { name: "Join the portal" }).click()
    await visible(page.getByRole("alert").getByText("Password: not your email address."))
    await expectAccessible(page, "accept-invitation")
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
    await page.getByLabel("Repeat the password").fill(PASSWORD)
    await page.getByRole("button", { name: "Join the portal" }).click()

    await visible(h1(page, "Hello, Ana Buyer"))
    expect(await textOf(page.getByTestId("active-company"))).toBe("You are acting for Acme Tools.")
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Catalog",
      "Quotes",
      "Orders",
      "Invoices",
      "Profile",
    ])
    await expectAccessible(page, "dashboard")

    // The profile: a phone number and one kind of email off, kept by the server.
    await nav(page).getByRole("link", { name: "Profile" }).click()
    await visible(h1(page, "Your profile"))
    await page.getByLabel("Phone").fill("+1 555 0100")
    await page.getByRole("button", { name: "Save details" }).click()
    await visible(page.getByText("Your details are saved."))
    const invoices = page.getByLabel("An invoice is issued or becomes overdue")
    await invoices.uncheck()
    await visible(page.getByText("Saved.", { exact: true }))
    await page.reload()
    await visible(h1(page, "Your profile"))
    expect(await page.getByLabel("Phone").inputValue()).toBe("+1 555 0100")
    expect(await invoices.isChecked()).toBe(false)
    expect(await page.getByRole("region", { name: "Companies and teams" }).innerText()).toContain(
      "Teams: Buyers"
    )
    await expectAccessible(page, "profile")
    await screenshot(page, "profile")

    await page.getByRole("button", { name: "Sign out" }).click()
    await visible(h1(page, "Sign in"))
    // Signed out, the profile sends the contact to sign in, and back there afterwards.
    await page.goto(`${suite.portalUrl}/account/profile`)
    await visible(h1(page, "Sign in"))
    expect(new URL(page.url()).searchParams.get("next")).toBe("/account/profile")
    await signIn(page, "ana@acme.test", "not the password")
    await visible(
      page.getByRole("alert").getByText("That email and password do not match a login.")
    )
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Your profile"))
    expect(tab.errors).toEqual([])
  })

  it("resets a forgotten password from the email, and no log line holds the token", async () => {
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)
    const logged = captureLog(suite.getContainer())

    try {
      tab = await openTab(suite.browser, 1280)
      const { page } = tab
      await page.goto(`${suite.portalUrl}/sign-in`)
      await page.getByRole("link", { name: "Forgot your password?" }).click()
      await visible(h1(page, "Forgot your password?"))
      await page.getByLabel("Email").fill("ana@acme.test")
      await page.getByRole("button", { name: "Email me a link" }).click()
      await visible(h1(page, "Check your email"))

      // Medusa's event reaches the plugin's subscriber just after the answer.
      const link = await eventually(() => emails.linkIn("portal-password-reset", "ana@acme.test"))
      const token = new URL(link).searchParams.get("token")!
      expect(link.startsWith(`${suite.portalUrl}/reset-password?`)).toBe(true)
      await page.goto(link)
      await visible(h1(page, "Choose a new password"))
      // The token leaves the address bar (and the history) at once.
      expect(page.url()).toBe(`${suite.portalUrl}/reset-password`)
      const fresh = "A brand new password 7"
      await page.getByLabel("New password", { exact: true }).fill(fresh)
      await page.getByLabel("Repeat the password").fill(fresh)
      await page.getByRole("button", { name: "Save password and sign in" }).click()
      await visible(h1(page, "Hello, Ana Buyer"))

      // The old password no longer signs in; the link works once.
      const old = await suite.api
        .post("/auth/customer/emailpass", { email: "ana@acme.test", password: PASSWORD })
        .catch((error: { response: { status: number } }) => error.response)
      expect(old.status).toBe(401)
      await page.goto(link)
      await page.getByLabel("New password", { exact: true }).fill("Yet another password 8")
      await page.getByLabel("Repeat the password").fill("Yet another password 8")
      await page.getByRole("button", { name: "Save password and sign in" }).click()
      await visible(h1(page, "This link no longer works"))
      // The capture saw the reset event (which carries the token) go by, and no line holds the token.
      expect(logged.lines().some((line) => line.includes("auth.password_reset"))).toBe(true)
      expect(logged.lines().filter((line) => line.includes(token))).toEqual([])
      expect(tab.errors).toEqual([])
    } finally {
      logged.restore()
    }
  })

  it("shows only the sections the active company's teams allow, and switches companies (at 375 px)", async () => {
    const acme = await createCompany(suite, "Acme Tools")
    const beta = await createCompany(suite, "Beta Works")
    const viewers = await createTeam(suite, "Viewers", ["quotes.view", "invoices.view"])
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    const ana = await acceptedContact(suite, emails, acme, "ana@acme.test", [viewers], PASSWORD)
    const atBeta = await addMember(suite, beta, { customer_id: ana.customer_id }, [buyers])
    await acceptInvitation(suite, emails, beta, atBeta, "ana@acme.test", PASSWORD)

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    const company = page.getByTestId("active-company")
    expect(await textOf(company)).toBe("You are acting for Acme Tools.")
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Quotes",
      "Invoices",
      "Profile",
    ])

    await page.getByLabel("Company").selectOption({ label: "Beta Works" })
    await visible(page.getByText("You are acting for Beta Works."))
    await visible(nav(page).getByRole("link", { name: "Orders" }))
    // Remembered on this device, and verified by the server on every request.
    await page.reload()
    await visible(page.getByText("You are acting for Beta Works."))
    expect(await page.getByLabel("Company").inputValue()).toBe(beta)
    // A phone fits the header's switcher, name and sign out, and the profile.
    await expectAccessible(page, "dashboard-375")
    await expectNoHorizontalScroll(page)
    await nav(page).getByRole("link", { name: "Profile" }).click()
    await visible(h1(page, "Your profile"))
    await expectAccessible(page, "profile-375")
    await expectNoHorizontalScroll(page)
    expect(tab.errors).toEqual([])
  })

  it("a contact finds a company quote in Quotes and signs it as their login; a view-only contact may only read one", async () => {
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    const viewers = await createTeam(suite, "Viewers", ["quotes.view"])
    const ana = await acceptedContact(suite, emails, acme, "ana@acme.test", [buyers], PASSWORD)
    // The quotes are made out to the store's customer, a colleague of Ana's at Acme.
    await addMember(suite, acme, { customer_id: suite.store.customer.id }, [buyers])
    const signed = await sendQuoteWithAgreement(suite, { company_id: acme })

    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    // The quote's link, opened while signed in, offers the portal's page.
    await page.goto(signed.url)
    await page.getByRole("link", { name: "Open this quote in your portal" }).click()
    await visible(page.getByRole("link", { name: "← All quotes" }))
    await nav(page).getByRole("link", { name: "Quotes" }).click()
    const list = page.getByRole("list", { name: "Quotes" })
    await visible(list.getByText("Waiting for a decision"))
    await expectAccessible(page, "quotes")
    await list.getByRole("link", { name: `Quote ${signed.quote.number}` }).click()

    await page.getByRole("checkbox", { name: "Include Extended warranty" }).check()
    await page.getByRole("button", { name: "Review and sign" }).click()
    await visible(h1(page, "Sign the agreement"))
    // Signed in, the contact signs as their login: name filled in, no email to type.
    expect(await page.getByRole("textbox", { name: "Full name" }).inputValue()).toBe("Ana Buyer")
    expect(await page.getByRole("textbox", { name: "Email" }).count()).toBe(0)
    await visible(page.getByText("You sign as ana@acme.test"))
    await drawWithMouse(page, page.getByLabel("Signature pad"))
    await consentBox(page).check()
    await page.getByRole("button", { name: "Sign & Agree" }).click()
    await visible(h1(page, `Quote ${signed.quote.number} is accepted`))
    await visible(page.getByText(/Deposit invoice INV-\d+/))
    // The signer is told the copy went to them; anyone opening it later, to whom.
    await visible(page.getByText(/A copy of the signed agreement was emailed to you\./))
    await page.reload()
    await visible(page.getByText(/A copy of the signed agreement was emailed to Ana Buyer\./))
    const quote = await adminQuote(suite, signed.quote.id)
    expect(quote.items.find((i: { title: string }) => i.title === "Extended warranty")).toEqual(
      expect.objectContaining({ is_selected: true })
    )

    // Moved to a team that may only look: the next quote opens read-only.
    await suite.api.post(
      `/admin/portal/companies/${acme}/members/${ana.id}`,
      { team_ids: [viewers] },
      suite.admin
    )
    const read = await sendQuote(suite, { company_id: acme })
    await page.goto(`${suite.portalUrl}/account/quotes/${read.quote.id}`)
    await visible(page.getByTestId("view-only"))
    expect(await page.getByRole("button", { name: "Accept quote" }).count()).toBe(0)
    expect(await page.getByRole("textbox", { name: "Your question" }).count()).toBe(0)
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Quotes",
      "Profile",
    ])

    // A quote a colleague requested from the portal cart waits for the merchant.
    const { result: requested } = await createQuoteWorkflow(suite.getContainer()).run({
      input: {
        ...quoteBody(suite.store, { company_id: acme }),
        valid_until: null,
        requested_by: suite.store.customer.id,
      },
    })
    await page.goto(`${suite.portalUrl}/account/quotes`)
    const row = page
      .getByRole("list", { name: "Quotes" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: `Quote Q-${requested.display_number}` }) })
    await visible(row.getByText("Awaiting the merchant"))
    expect(tab.errors).toEqual([])
  })

  it("at 375 px a contact sees the dashboard's counters match the API, finds the accepted quote's order and deposit invoice, pays it and downloads the PDF", async () => {
    const { headers, quote, order, invoice } = await acmeWithOrder(suite, emails)
    const count = async (path: string) => (await suite.api.get(path, headers)).data.count
    const expected = {
      quotes: await count("/store/portal/quotes?status=sent&status=viewed"),
      invoices: await count("/store/portal/invoices?status=unpaid&status=overdue"),
      orders: await count("/store/portal/orders"),
    }
    expect(expected).toEqual({ quotes: 1, invoices: 1, orders: 1 })

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    for (const [section, number] of Object.entries(expected)) {
      expect(await textOf(await visible(page.getByTestId(`counter-${section}`)))).toBe(
        String(number)
      )
    }
    await expectAccessible(page, "dashboard-375")
    await expectNoHorizontalScroll(page)

    // The order, with its client status and the quote it came from.
    await nav(page).getByRole("link", { name: "Orders" }).click()
    await page
      .getByRole("list", { name: "Orders" })
      .getByRole("link", { name: `Order #${order.display_id}` })
      .click()
    await visible(h1(page, `Order #${order.display_id} Placed`))
    await visible(page.getByRole("link", { name: `Quote ${quote.number}` }))
    // Each page names the tab: the page, then the merchant's portal.
    expect(await page.title()).toBe(`Order #${order.display_id} · Medusa Store portal`)
    // The accepted quote's "Order #" leads to the order.
    await page.goto(`${suite.portalUrl}/account/quotes/${quote.id}`)
    await visible(h1(page, `Quote ${quote.number} is accepted`))
    expect(await page.title()).toBe(`Quote ${quote.number} · Medusa Store portal`)
    await page.getByRole("link", { name: `Order #${order.display_id}` }).click()
    await visible(h1(page, `Order #${order.display_id} Placed`))

    // Its deposit invoice, paid with the region's system provider; then the receipt.
    await nav(page).getByRole("link", { name: "Invoices" }).click()
    const label = `Deposit invoice ${invoice.number}`
    await page.getByRole("list", { name: "Invoices" }).getByRole("link", { name: label }).click()
    await visible(h1(page, label))
    await expectAccessible(page, "invoice-375")
    await expectNoHorizontalScroll(page)
    // Paying asks once more, with the amount.
    await page.getByRole("button", { name: "Pay deposit" }).click()
    const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
      invoice.amount
    )
    await visible(page.getByText(`Pay ${amount} now?`))
    await page.getByRole("button", { name: `Pay ${amount}` }).click()
    await visible(page.getByTestId("receipt"))
    expect(await page.getByRole("button", { name: "Pay deposit" }).count()).toBe(0)
    await screenshot(page, "invoice")
    const { bytes } = await downloadFrom(
      page,
      downloadControl(page, `Download ${label} (PDF)`),
      suite.publishableKey
    )
    expect(await pdfText(bytes)).toContain(invoice.number)
    const paid = (await suite.api.get(`/store/portal/invoices/${invoice.id}`, headers)).data
    expect(paid.invoice.status).toBe("paid")
    await nav(page).getByRole("link", { name: "Overview" }).click()
    await visible(page.getByText("Nothing to pay."))
    expect(tab.errors).toEqual([])
  })

  it("at 375 px a contact finds the documents staff shared: the list, a PDF opened in a new tab, an order's picture with its caption; with documents off the section is gone", async () => {
    const { acme, order, quote } = await acmeWithOrder(suite, emails)
    await offerDocuments(suite, true)
    const pdf = await shareDocument(
      suite,
      acme,
      { bytes: pdfBytes("delivery note"), name: "delivery-note.pdf" },
      { title: "Delivery note", attached_to: "order", attached_id: order.id }
    )
    await shareDocument(
      suite,
      acme,
      { bytes: PICTURE, name: "gate.png" },
      {
        title: "Installed gate",
        caption: "The gate after installation",
        attached_to: "order",
        attached_id: order.id,
      }
    )

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Catalog",
      "Quotes",
      "Orders",
      "Invoices",
      "Documents",
      "Profile",
    ])

    // The list: the PDF among the files, the picture in the gallery with its caption.
    await nav(page).getByRole("link", { name: "Documents" }).click()
    await visible(h1(page, "Documents of Acme Tools"))
    expect(await page.title()).toBe("Documents · Medusa Store portal")
    const files = page.getByRole("list", { name: "Files" })
    const row = files.getByRole("listitem").filter({ hasText: "Delivery note" })
    await visible(row)
    expect(await textOf(row.locator(".document-facts"))).toMatch(
      /^delivery-note\.pdf · PDF · \d+ B · Added /
    )
    const gallery = page.getByRole("list", { name: "Pictures" })
    const picture = gallery.getByRole("figure")
    await visible(picture.getByText("The gate after installation"))
    await eventually(async () =>
      expect(
        await picture
          .getByRole("img", { name: "The gate after installation" })
          .evaluate((img) => (img as HTMLImageElement).naturalWidth)
      ).toBe(2)
    )
    await expectAccessible(page, "documents-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "documents")

    // Open: the file comes with the contact's login and shows in a new tab.
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === "GET" &&
        response.url().endsWith(`/store/portal/documents/${pdf.id}/file`)
    )
    // A headless browser has no PDF viewer: the new tab saves what it was handed.
    const tabs: Page[] = []
    const saved = new Promise<Download>((resolve) =>
      page.context().once("page", (opened) => {
        tabs.push(opened)
        opened.once("download", resolve)
      })
    )
    await row.getByRole("button", { name: "Open Delivery note" }).click()
    const response = await answered
    expect(response.status()).toBe(200)
    expect(response.headers()["content-type"]).toBe("application/pdf")
    expect(Number(response.headers()["content-length"])).toBe(pdfBytes("delivery note").length)
    const download = await saved
    expect(download.url()).toMatch(/^blob:/)
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString()
    ).toBe("%PDF-")
    await Promise.all(tabs.map((opened) => opened.close()))

    // The order's page shows its documents, the picture with its caption.
    await page.getByRole("link", { name: "See the order" }).first().click()
    await visible(h1(page, `Order #${order.display_id} Placed`))
    const documents = page.getByRole("region", { name: "Documents" })
    await visible(documents.getByRole("figure").getByText("The gate after installation"))
    await visible(documents.getByRole("button", { name: "Open Delivery note" }))
    await eventually(async () =>
      expect(
        await documents
          .getByRole("img", { name: "The gate after installation" })
          .evaluate((img) => (img as HTMLImageElement).naturalWidth)
      ).toBe(2)
    )
    await expectAccessible(page, "order-documents-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "order-documents")

    // A picture staff attach to the quote shows on the quote's page, under the quote.
    await shareDocument(
      suite,
      acme,
      { bytes: PICTURE, name: "before.png" },
      {
        title: "Before",
        caption: "The gate before the job",
        attached_to: "quote",
        attached_id: quote.id,
      }
    )
    await page.goto(`${suite.portalUrl}/account/quotes/${quote.id}`)
    const quoteDocuments = page.getByTestId("quote-documents")
    await visible(quoteDocuments.getByRole("figure").getByText("The gate before the job"))
    expect(await quoteDocuments.getByText("The gate after installation").count()).toBe(0)
    await expectAccessible(page, "quote-documents-375")
    await page.goBack()

    // The merchant stops offering documents: no entry, no section, and the page says so.
    await offerDocuments(suite, false)
    await page.reload()
    await visible(h1(page, `Order #${order.display_id} Placed`))
    await visible(nav(page).getByRole("link", { name: "Invoices" }))
    expect(await nav(page).getByRole("link", { name: "Documents" }).count()).toBe(0)
    expect(await page.getByRole("region", { name: "Documents" }).count()).toBe(0)
    await page.goto(`${suite.portalUrl}/account/documents`)
    await visible(page.getByText("This section is not offered in this portal."))
    expect(tab.errors).toEqual([])
  })

  it('at 375 px a contact answers staff\'s request for documents: uploads a PDF per item, a file lying about its type is refused, the last upload says done and staff are told once; a double-clicked "Done uploading" sends once', async () => {
    const { acme } = await acmeWithOrder(suite, emails)
    await offerDocuments(suite, true)
    const me = (await suite.api.get("/admin/users/me", suite.admin)).data.user as { id: string }
    await suite.api.post(
      "/admin/portal/settings",
      { notification_recipients: { documents_uploaded: [me.id] } },
      suite.admin
    )
    const asked = (
      await suite.api.post(
        `/admin/portal/companies/${acme}/document-requests`,
        {
          title: "Account opening",
          note: "For your credit account",
          items: [
            { name: "Trade register extract", description: "Not older than 3 months" },
            { name: "VAT certificate", due_date: "2027-01-31" },
          ],
        },
        suite.admin
      )
    ).data.document_request as { id: string }
    const insurance = (
      await suite.api.post(
        `/admin/portal/companies/${acme}/document-requests`,
        { title: "Insurance", items: [{ name: "Liability policy" }] },
        suite.admin
      )
    ).data.document_request as { id: string }
    const alerts = () =>
      suite
        .getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "portal-staff-documents-uploaded" })

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    await nav(page).getByRole("link", { name: "Documents" }).click()
    await visible(h1(page, "Documents of Acme Tools"))
    const request = page.getByRole("region", { name: /^Account opening/ })
    await visible(request.getByText("For your credit account"))
    await visible(request.getByText("Not older than 3 months"))
    await visible(request.getByText("Due January 31, 2027"))
    const items = request.getByRole("list", { name: "Documents asked for in Account opening" })
    const first = items.getByRole("listitem").filter({ hasText: "Trade register extract" }).first()
    await expectAccessible(page, "document-request-375")
    await expectNoHorizontalScroll(page)

    // The first item: a PDF, listed under it once uploaded.
    const dialog = page.getByRole("dialog")
    await first.getByRole("button", { name: "Upload Trade register extract" }).click()
    await visible(dialog.getByRole("heading", { name: "Upload Trade register extract" }))
    await dialog.getByLabel("File").setInputFiles({
      name: "register.pdf",
      mimeType: "application/pdf",
      buffer: pdfBytes("register"),
    })
    await expectAccessible(page, "document-upload-dialog-375")
    await dialog.getByRole("button", { name: "Upload", exact: true }).click()
    await eventually(async () => expect(await dialog.isVisible()).toBe(false))
    await visible(first.getByRole("button", { name: "Open register.pdf" }))

    // The second item: a picture named as a PDF is refused, with the server's reason.
    const second = items.getByRole("listitem").filter({ hasText: "VAT certificate" }).first()
    await second.getByRole("button", { name: "Upload VAT certificate" }).click()
    await dialog.getByLabel("File").setInputFiles({
      name: "vat.pdf",
      mimeType: "application/pdf",
      buffer: PICTURE,
    })
    await dialog.getByRole("button", { name: "Upload", exact: true }).click()
    await visible(dialog.getByRole("alert").getByText(/its content is not what its name says/))
    expect(
      (await suite.api.get(`/admin/portal/document-requests/${asked.id}`, suite.admin)).data
        .document_request.items[1].uploads
    ).toHaveLength(0)

    // The real certificate, with "I'm completely done uploading": the request is done.
    await dialog.getByLabel("File").setInputFiles({
      name: "vat.pdf",
      mimeType: "application/pdf",
      buffer: pdfBytes("vat"),
    })
    await dialog.getByLabel("I'm completely done uploading").check()
    await dialog.getByRole("button", { name: "Upload", exact: true }).click()
    await eventually(async () => expect(await dialog.isVisible()).toBe(false))
    await visible(second.getByRole("button", { name: "Open vat.pdf" }))
    await visible(request.getByText(/^You told us you were done uploading on /))
    await visible(request.getByText("Done", { exact: true }))
    expect(await request.getByRole("button", { name: /^Upload/ }).count()).toBe(0)
    expect(await request.getByRole("button", { name: "Done uploading" }).count()).toBe(0)
    const staffView = (
      await suite.api.get(`/admin/portal/document-requests/${asked.id}`, suite.admin)
    ).data.document_request
    expect(staffView.status).toBe("done")
    expect(staffView.items.map((item: { uploads: unknown[] }) => item.uploads.length)).toEqual([
      1, 1,
    ])
    await eventually(async () => expect(await alerts()).toHaveLength(1))
    // The uploads are among the company's documents too.
    await visible(page.getByRole("list", { name: "Files" }).getByText("vat.pdf").first())
    await expectAccessible(page, "document-request-done-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "document-request")
    expect(await alerts()).toHaveLength(1)

    // "Done uploading" on the other request, double-clicked: sent once, staff told once more.
    const other = page.getByRole("region", { name: /^Insurance/ })
    const sent: string[] = []
    page.on("request", (sending) => {
      if (sending.url().endsWith(`/document-requests/${insurance.id}/done`))
        sent.push(sending.url())
    })
    await other.getByRole("button", { name: "Done uploading" }).dblclick()
    await visible(other.getByText(/^You told us you were done uploading on /))
    expect(sent).toHaveLength(1)
    expect(
      (await suite.api.get(`/admin/portal/document-requests/${insurance.id}`, suite.admin)).data
        .document_request.status
    ).toBe("done")
    await eventually(async () => expect(await alerts()).toHaveLength(2))
    expect(tab.errors).toEqual([])
  })

  it("switching company changes the orders and invoices lists; another company's contact finds neither by URL", async () => {
    const { ana, buyers, order, invoice } = await acmeWithOrder(suite, emails)
    const beta = await createCompany(suite, "Beta Works")
    const atBeta = await addMember(suite, beta, { customer_id: ana.customer_id }, [buyers])
    await acceptInvitation(suite, emails, beta, atBeta, "ana@acme.test", PASSWORD)
    const rival = await createCompany(suite, "Rival Co")
    await acceptedContact(suite, emails, rival, "bob@rival.test", [buyers], PASSWORD)

    tab = await openTab(suite.browser, 1280)
    const { page } = tab
    await page.goto(`${suite.portalUrl}/sign-in`)
    await signIn(page, "ana@acme.test", PASSWORD)
    await visible(page.getByTestId("counter-orders"))
    await visible(page.getByRole("link", { name: `Order #${order.display_id}` }))
    await screenshot(page, "dashboard")

    const orderLink = page.getByRole("link", { name: `Order #${order.display_id}` })
    const invoiceLink = page.getByRole("link", { name: `Deposit invoice ${invoice.number}` })
    await nav(page).getByRole("link", { name: "Orders" }).click()
    await visible(orderLink)
    await page.getByLabel("Company").selectOption({ label: "Beta Works" })
    await visible(page.getByText("No orders yet."))
    await nav(page).getByRole("link", { name: "Invoices" }).click()
    await visible(page.getByText("No invoices yet."))
    await page.getByLabel("Company").selectOption({ label: "Acme Tools" })
    await visible(invoiceLink)
    expect(await page.getByText("No invoices yet.").count()).toBe(0)

    await page.getByRole("button", { name: "Sign out" }).click()
    await signIn(page, "bob@rival.test", PASSWORD)
    await visible(h1(page, "Hello, Ana Buyer"))
    // A foreign id is "not found" at the first answer: a 404 is not asked again.
    const asked: string[] = []
    page.on("request", (request) => {
      if (request.url().includes(`/store/portal/orders/${order.id}`)) asked.push(request.url())
    })
    await page.goto(`${suite.portalUrl}/account/orders/${order.id}`)
    await visible(h1(page, "This order was not found"))
    expect(asked).toHaveLength(1)
    // An address that is no page says so inside the portal's frame, navigation and all.
    await page.goto(`${suite.portalUrl}/account/no-such-page`)
    await visible(h1(page, "This page does not exist"))
    await visible(nav(page).getByRole("link", { name: "Overview" }))
    expect(await page.title()).toBe("Page not found · Medusa Store portal")
    await page.goto(`${suite.portalUrl}/account/orders/${order.id}/no-such-tab`)
    await visible(h1(page, "This page does not exist"))
    await page.goto(`${suite.portalUrl}/account/invoices/${invoice.id}`)
    await visible(h1(page, "This invoice was not found"))
    expect(tab.errors).toEqual([])
  })

  it("every portal page passes axe at 1280 and 375 px without sideways scrolling; the invited contact reads a new reply, accepts a quote with confirmation and finds its order and deposit invoice", async () => {
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    await addMember(suite, acme, { customer_id: suite.store.customer.id }, [buyers])
    const member = await addMember(suite, acme, { email: "ana@acme.test" }, [buyers])
    const link = await invite(suite, emails, acme, member, "ana@acme.test")
    // A colleague's invitation, still unused, for the form at 375 px.
    const cy = await addMember(suite, acme, { email: "cy@acme.test" }, [buyers])
    const unused = await invite(suite, emails, acme, cy, "cy@acme.test")
    // A quote without an agreement, with a deposit, and a staff reply on its thread.
    const sent = await sendQuote(suite, { company_id: acme, deposit_percent: 30 })
    await suite.api.post(
      `/admin/portal/quotes/${sent.quote.id}/messages`,
      { body: "Yes, the warranty covers on-site repairs." },
      suite.admin
    )
    const quoteLinkName = `Quote ${sent.quote.number}`
    const checked: string[] = []
    const check = async (page: Page, name: string) => {
      await expectAccessible(page, name)
      if (page.viewportSize()?.width === 375) await expectNoHorizontalScroll(page)
      checked.push(`${name}-${page.viewportSize()?.width}`)
    }

    for (const width of [1280, 375] as const) {
      const first = width === 1280
      tab = await openTab(suite.browser, width)
      const { page } = tab
      const fillInvitation = async () => {
        await page.getByLabel("First name").fill("Ana")
        await page.getByLabel("Last name").fill("Buyer")
        await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
        await page.getByLabel("Repeat the password").fill(PASSWORD)
        await page.getByRole("button", { name: "Join the portal" }).click()
      }
      await page.goto(first ? link : unused)
      await visible(h1(page, "Set up your portal login"))
      await check(page, "invite")
      if (first) {
        // The story: join, see the dashboard, sign out.
        await fillInvitation()
        await visible(h1(page, "Hello, Ana Buyer"))
        await page.getByRole("button", { name: "Sign out" }).click()
        await visible(h1(page, "Sign in"))
      }
      // A used invitation says so as it opens, before anything is typed.
      await page.goto(link)
      await visible(h1(page, "This invitation has already been used"))
      expect(await page.getByLabel("First name").count()).toBe(0)
      await check(page, "invite-dead")
      await page.goto(`${suite.portalUrl}/forgot-password`)
      await visible(h1(page, "Forgot your password?"))
      await check(page, "forgot")
      await page.goto(`${suite.portalUrl}/reset-password?token=not-a-real-token`)
      await visible(h1(page, "Choose a new password"))
      await check(page, "reset")
      await page.goto(`${suite.portalUrl}/sign-in`)
      await visible(h1(page, "Sign in"))
      // The merchant's name from the public branding, before anyone signs in.
      await visible(page.getByRole("banner").getByText("Medusa Store"))
      await check(page, "sign-in")
      await screenshot(page, "sign-in")
      await signIn(page, "ana@acme.test", PASSWORD)
      await visible(h1(page, "Hello, Ana Buyer"))

      const unread = page.getByTestId("unread-replies")
      if (first) {
        // The staff reply is new: the dashboard leads to the quotes with new replies.
        await visible(unread.getByRole("link", { name: "1 quote with new replies" }))
        await check(page, "dashboard")
        await unread.getByRole("link").click()
        const list = page.getByRole("list", { name: "Quotes" })
        await visible(list.getByText("1 new reply"))
        expect(await list.getByRole("listitem").count()).toBe(1)
        await check(page, "quotes")
        await list.getByRole("link", { name: quoteLinkName }).click()
        await visible(page.getByText("Yes, the warranty covers on-site repairs."))
        await check(page, "quote")
        // Ticks an option and accepts with confirmation: no agreement to sign.
        await page.getByRole("checkbox", { name: "Include Extended warranty" }).check()
        await page.getByRole("button", { name: "Accept quote" }).click()
        const dialog = await visible(page.getByRole("dialog", { name: "Place your order?" }))
        await check(page, "quote-confirm")
        await dialog.getByRole("button", { name: "Place order" }).click()
        await visible(h1(page, `Quote ${sent.quote.number} is accepted`))
        // Opened, the quote's reply is read.
        await nav(page).getByRole("link", { name: "Overview" }).click()
        await visible(unread.getByText("No new replies."))
      } else {
        await visible(unread)
        await check(page, "dashboard")
        await nav(page).getByRole("link", { name: "Quotes" }).click()
        await visible(page.getByRole("list", { name: "Quotes" }).getByText("Accepted"))
        await check(page, "quotes")
        await page.getByRole("link", { name: quoteLinkName }).click()
        await visible(h1(page, `Quote ${sent.quote.number} is accepted`))
        await check(page, "quote")
      }

      // The accepted quote's order and its deposit invoice.
      await nav(page).getByRole("link", { name: "Orders" }).click()
      const order = page.getByRole("list", { name: "Orders" }).getByRole("link").first()
      await visible(order)
      await check(page, "orders")
      await order.click()
      await visible(page.getByRole("link", { name: quoteLinkName }))
      await check(page, "order")
      await nav(page).getByRole("link", { name: "Invoices" }).click()
      const deposit = page
        .getByRole("list", { name: "Invoices" })
        .getByRole("link", { name: /^Deposit invoice INV-/ })
      await visible(deposit)
      await check(page, "invoices")
      await deposit.click()
      await visible(page.getByRole("button", { name: "Pay deposit" }))
      await check(page, "invoice")
      await nav(page).getByRole("link", { name: "Profile" }).click()
      await visible(h1(page, "Your profile"))
      await check(page, "profile")
      // The quote's link, opened while signed in.
      await page.goto(sent.url)
      await visible(page.getByRole("link", { name: "Open this quote in your portal" }))
      await check(page, "link-quote")
      expect(tab.errors).toEqual([])
      await tab.context.close()
      tab = undefined
    }
    expect(checked).toHaveLength(2 * 15 - 1)
  })
})

/** Every line Medusa's logger is asked to write, whatever the level. */
function captureLog(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as unknown as Record<
    string,
    unknown
  >
  const lines: string[] = []
  const restore: (() => void)[] = []
  for (const method of ["error", "warn", "info", "http", "verbose", "debug", "log"]) {
    const original = logger[method]
    if (typeof original !== "function") continue
    logger[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "))
      return (original as (...a: unknown[]) => unknown).apply(logger, args)
    }
    restore.push(() => (logger[method] = original))
  }
  return { lines: () => lines, restore: () => restore.forEach((undo) => undo()) }
}
