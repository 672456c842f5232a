// Work requests in the admin (issue 24), in the real Medusa dashboard driven through
// Chromium: a contact's request, submitted through the store API (the portal's form has its
// own test), is found in the triage queue, put in progress, assigned to the signed-in staff
// member, answered, and turned into a quote with one click; the quote gets its line and is
// sent, the contact accepts it in the portal, and the request's page links the accepted quote.
import { Modules } from "@medusajs/framework/utils"
import type { Page } from "playwright-core"
import { CUSTOMER_PERMISSIONS } from "../src/shared/permissions"
import { adminTestRunner, logIn, MERCHANT } from "./support/admin"
import { openTab, type Tab } from "./support/browser"
import { eventually, textOf, visible } from "./support/checks"
import { acceptedContact, captureEmails, createCompany, createTeam } from "./support/contacts"
import { adminQuote } from "./support/portal"

jest.setTimeout(180_000)

const PASSWORD = "Correct horse 42"
const EMAIL = "ana@acme.test"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })

/** Picks `option` in the labelled select (a Radix select: a combobox, then a listbox). */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click()
  await (await visible(page.getByRole("option", { name: option, exact: true }))).click()
}

adminTestRunner((suite) => {
  const tabs: Tab[] = []

  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.context.close()
  })

  it("a work request is triaged, answered, converted into a quote, and the contact accepts that quote", async () => {
    const api = suite.api
    const admin = suite.admin
    // Work requests on; the store's region is its default, the region a converted quote takes.
    await api.post("/admin/portal/settings", { work_requests_enabled: true }, admin)
    const { stores } = (await api.get("/admin/stores", admin)).data
    await api.post(
      `/admin/stores/${stores[0].id}`,
      { default_region_id: suite.store.region.id },
      admin
    )

    // Ana, a buyer at Acme with a shipping address, submits a request through the member API.
    const emails = await captureEmails(suite)
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    const ana = await acceptedContact(suite, emails, acme, EMAIL, [buyers], PASSWORD)
    await suite
      .getContainer()
      .resolve(Modules.CUSTOMER)
      .createCustomerAddresses([
        {
          customer_id: ana.customer_id,
          first_name: "Ana",
          last_name: "Buyer",
          address_1: "5 Harbour Road",
          city: "Springfield",
          postal_code: "62701",
          province: "us-il",
          country_code: "us",
          is_default_shipping: true,
        },
      ])
    const { token } = (
      await api.post("/auth/customer/emailpass", { email: EMAIL, password: PASSWORD })
    ).data
    const member = {
      headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": suite.publishableKey },
    }
    const submitted = await api.post(
      "/store/portal/work-requests",
      {
        subject: "Printer on line 2 jams",
        description: "It jams every morning.\n<b>Not bold</b>, just text.",
        preferred_date: "2030-05-14",
      },
      member
    )
    const request = submitted.data.work_request as { id: string; number: string }

    // Staff find it in the queue (open requests, the default) and open it.
    const tab = await openTab(suite.browser, 1280)
    tabs.push(tab)
    const { page } = tab
    await logIn(page, suite)
    await page.getByRole("link", { name: "Work requests" }).click()
    await visible(page.getByRole("heading", { name: "Work requests" }))
    const row = await visible(page.getByRole("row").filter({ hasText: request.number }))
    expect(await textOf(row)).toContain("Printer on line 2 jams")
    expect(await textOf(row)).toContain("Acme Tools")
    expect(await textOf(row)).toContain("Unassigned")
    await row.click()
    await visible(h1(page, request.number))
    // The description is text: the markup shows as typed, the line break kept.
    expect(await page.getByTestId("work-request-description").innerText()).toBe(
      "It jams every morning.\n<b>Not bold</b>, just text."
    )
    await visible(page.getByRole("link", { name: "Acme Tools" }))
    const status = page.getByTestId("work-request-status")
    expect(await textOf(status)).toBe("New")

    // Triage: in progress, assigned to the signed-in merchant; each saved as chosen.
    await choose(page, "Status", "In progress")
    await visible(page.getByText(`${request.number} is In progress`))
    await eventually(async () => expect(await textOf(status)).toBe("In progress"))
    const me = `${MERCHANT.first_name} ${MERCHANT.last_name}`
    await choose(page, "Assignee", `${me} (you)`)
    await visible(page.getByText(`${request.number} is assigned to ${me} (you)`))

    // A reply: staff's message in the thread.
    await page
      .getByRole("textbox", { name: "Reply to the contact" })
      .fill("We'll quote a new roller.")
    await page.getByRole("button", { name: "Reply", exact: true }).click()
    const thread = page.getByRole("list", { name: "Messages" })
    const reply = await visible(thread.locator('[data-author="staff"]'))
    expect(await textOf(reply)).toContain("We'll quote a new roller.")
    expect(await textOf(reply)).toContain(me)

    // One click makes a draft quote; the request then links it.
    await page.getByRole("button", { name: "Create quote" }).click()
    const quoteLink = await visible(page.getByRole("link", { name: /^Open quote Q-\d+$/ }))
    const quoteNumber = (await textOf(quoteLink)).replace("Open quote ", "")
    expect(await page.getByRole("button", { name: "Create quote" }).count()).toBe(0)
    const stored = (await api.get(`/admin/portal/work-requests/${request.id}`, admin)).data
      .work_request
    expect(stored).toMatchObject({
      status: "in_progress",
      assignee_id: expect.any(String),
      quote: { number: quoteNumber, status: "draft" },
    })
    const quoteId = stored.quote.id as string
    await quoteLink.click()
    await visible(h1(page, quoteNumber))
    const draft = await adminQuote(suite, quoteId)
    expect(draft).toMatchObject({ customer_id: ana.customer_id, company_id: acme })

    // The merchant adds the line and sends it (the quote editor has its own tests).
    await api.post(
      `/admin/portal/quotes/${quoteId}/items`,
      {
        items: [
          {
            variant_id: suite.store.variants[0].id,
            title: "Printer P1",
            quantity: 1,
            unit_price: 1000,
          },
        ],
      },
      admin
    )
    await api.post(`/admin/portal/quotes/${quoteId}/send`, {}, admin)

    // Ana accepts it in the portal.
    const portal = await openTab(suite.browser, 1280)
    tabs.push(portal)
    await portal.page.goto(`${suite.portalUrl}/sign-in`)
    await portal.page.getByLabel("Email").fill(EMAIL)
    await portal.page.getByLabel("Password", { exact: true }).fill(PASSWORD)
    await portal.page.getByRole("button", { name: "Sign in" }).click()
    await visible(h1(portal.page, "Hello, Ana Buyer"))
    await portal.page.goto(`${suite.portalUrl}/account/quotes/${quoteId}`)
    await (await visible(portal.page.getByRole("button", { name: "Accept quote" }))).click()
    const dialog = await visible(portal.page.getByRole("dialog", { name: "Place your order?" }))
    await dialog.getByRole("button", { name: "Place order" }).click()
    await visible(h1(portal.page, `Quote ${quoteNumber} is accepted`))
    expect(portal.errors).toEqual([])

    // Back in the admin, "Assigned to me" lists it; its page links the accepted quote.
    await page.goto(`${suite.adminUrl}/app/work-requests?assignee=me`)
    await (await visible(page.getByRole("row").filter({ hasText: request.number }))).click()
    await visible(h1(page, request.number))
    await visible(page.getByRole("link", { name: `Open quote ${quoteNumber}` }))
    expect(await textOf(page.getByTestId("work-request-quote"))).toBe(
      `Quote ${quoteNumber} · Accepted`
    )
    expect(await textOf(status)).toBe("In progress")
  })
})
