// Conversations in the admin (issue 25), in the real Medusa dashboard driven through Chromium:
// staff start a thread from a company's page with one of its contacts, the contact answers
// through the store API (the portal's pages have their own tests), the Conversations list
// shows the thread unread, opening it shows the answer as plain text and clears the badge, and
// staff's reply appears in the thread.
import type { Page } from "playwright-core"
import { CUSTOMER_PERMISSIONS } from "../src/shared/permissions"
import { adminTestRunner, logIn, MERCHANT } from "./support/admin"
import { openTab, type Tab } from "./support/browser"
import { eventually, screenshot, textOf, visible } from "./support/checks"
import { acceptedContact, captureEmails, createCompany, createTeam } from "./support/contacts"

jest.setTimeout(180_000)

const PASSWORD = "Correct horse 42"
const EMAIL = "ana@acme.test"
const SUBJECT = "Delivery window for March"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })

adminTestRunner((suite) => {
  const tabs: Tab[] = []

  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.context.close()
  })

  it("staff start a conversation from a company's page, see the contact's answer unread, read it and reply", async () => {
    const api = suite.api
    await api.post("/admin/portal/settings", { conversations_enabled: true }, suite.admin)

    // Ana, a buyer at Acme who may see and write conversations.
    const emails = await captureEmails(suite)
    const acme = await createCompany(suite, "Acme Tools")
    const buyers = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    await acceptedContact(suite, emails, acme, EMAIL, [buyers], PASSWORD)
    // Ben may see conversations too, but is not ticked: only Ana takes part.
    const ben = await acceptedContact(suite, emails, acme, "ben@acme.test", [buyers], PASSWORD)
    await api.post(
      `/admin/customers/${ben.customer_id}`,
      { first_name: "Ben", last_name: "Buyer" },
      suite.admin
    )
    const { token } = (
      await api.post("/auth/customer/emailpass", { email: EMAIL, password: PASSWORD })
    ).data
    const member = {
      headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": suite.publishableKey },
    }

    // The sidebar leads to the (still empty) list.
    const tab = await openTab(suite.browser, 1280)
    tabs.push(tab)
    const { page } = tab
    await logIn(page, suite)
    await page.getByRole("link", { name: "Conversations", exact: true }).click()
    await visible(page.getByText("No conversations yet"))

    // Staff start a thread from the company's page, naming Ana.
    await page.goto(`${suite.adminUrl}/app/companies/${acme}`)
    await visible(page.getByRole("heading", { name: "Conversations" }))
    await page.getByRole("button", { name: "Start a conversation" }).click()
    const drawer = await visible(page.getByRole("dialog", { name: "Start a conversation" }))
    await drawer.getByRole("textbox", { name: "Subject" }).fill(SUBJECT)
    await drawer
      .getByRole("textbox", { name: "Message" })
      .fill("Hello Ana,\nwhich days suit you for the March delivery?")
    await (await visible(drawer.getByRole("checkbox", { name: /Ana Buyer/ }))).click()
    expect(await drawer.getByRole("checkbox", { name: /Ben Buyer/ }).isChecked()).toBe(false)
    await screenshot(page, "start-conversation")
    await drawer.getByRole("button", { name: "Start conversation" }).click()

    // Its page: the subject, Ana taking part, staff's first message.
    await visible(h1(page, SUBJECT))
    const id = new URL(page.url()).pathname.split("/").pop() as string
    expect(page.url()).toBe(`${suite.adminUrl}/app/conversations/${id}`)
    const contacts = page.getByRole("list", { name: "Contacts" })
    expect(await textOf(contacts)).toBe("Ana Buyer")
    const thread = page.getByRole("list", { name: "Messages" })
    const first = await visible(thread.locator('[data-author="staff"]'))
    expect(await textOf(first)).toContain(`${MERCHANT.first_name} ${MERCHANT.last_name}`)

    // Ana answers in the portal (here through the store API), with markup that stays text.
    const answer = "Tuesday works.\n<b>Not bold</b>, just text."
    await api.post(`/store/portal/conversations/${id}/messages`, { body: answer }, member)

    // The list shows the thread unread.
    await page.goto(`${suite.adminUrl}/app/conversations`)
    const row = await visible(page.getByRole("row").filter({ hasText: SUBJECT }))
    expect(await textOf(row)).toContain("Acme Tools")
    expect(await textOf(row.getByTestId("conversation-unread"))).toBe("1 unread")
    await screenshot(page, "conversations")

    // Opening it shows the answer, its line break kept, and reads it.
    await row.click()
    await visible(h1(page, SUBJECT))
    const fromAna = await visible(thread.locator('[data-author="customer"]'))
    expect(await textOf(fromAna)).toContain("Ana Buyer")
    expect(await fromAna.locator("p").last().innerText()).toBe(answer)
    await screenshot(page, "conversation")
    await page.goBack()
    const readRow = await visible(page.getByRole("row").filter({ hasText: SUBJECT }))
    await eventually(async () =>
      expect(await readRow.getByTestId("conversation-unread").count()).toBe(0)
    )

    // Read, it is no longer among the unread ones.
    const unreadOnly = page.getByRole("switch", { name: "Unread only" })
    await unreadOnly.click()
    await visible(page.getByText("No matching conversations"))
    await unreadOnly.click()

    // Staff reply in the form; the message joins the thread.
    await (await visible(readRow)).click()
    await visible(h1(page, SUBJECT))
    await page.getByRole("textbox", { name: "Reply", exact: true }).fill("Tuesday it is.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await eventually(async () =>
      expect(await thread.locator('[data-author="staff"]').count()).toBe(2)
    )
    expect(await textOf(thread.locator('[data-author="staff"]').last())).toContain("Tuesday it is.")
    expect(await page.getByRole("textbox", { name: "Reply", exact: true }).inputValue()).toBe("")
    expect(tab.errors).toEqual([])
  })
})
