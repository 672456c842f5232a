// Conversations in the portal (issue 25): with the feature on, staff start a conversation with
// a company; its contact finds it under Conversations with "1 new" (and under Unread), opens it
// (the badge goes: opening marks it read), reads staff's words as plain text with their line
// breaks, and replies; then starts a conversation of their own from the form. The merchant
// stops clients starting threads: after a reload there is no New conversation, and replying
// still works. A contact who may only read conversations gets no reply form and no form to
// start one. At 375 px, axe clean, no sideways scrolling. One booted server.
import type { Page } from "playwright-core"
import { CUSTOMER_PERMISSIONS } from "../src/shared/permissions"
import { openTab, type Tab } from "./support/browser"
import {
  eventually,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  textOf,
  visible,
} from "./support/checks"
import { acceptedContact, captureEmails, createCompany, createTeam } from "./support/contacts"
import { type PortalSuite, portalTestRunner } from "./support/runner"

jest.setTimeout(180_000)

const PASSWORD = "Correct horse 42"

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })
const nav = (page: Page) => page.getByRole("navigation", { name: "Account" })
const thread = (page: Page, subject: string) =>
  page.getByRole("list", { name: `Messages about ${subject}` })
const row = (page: Page, subject: string) =>
  page
    .getByRole("list", { name: "Conversations", exact: true })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("link", { name: subject, exact: true }),
    })

const settings = (suite: PortalSuite, body: Record<string, boolean>) =>
  suite.api.post("/admin/portal/settings", body, suite.admin)

/** Staff start a conversation with the company; answers its id. */
async function staffStart(suite: PortalSuite, companyId: string, subject: string, body: string) {
  const res = await suite.api.post(
    `/admin/portal/companies/${companyId}/conversations`,
    { subject, body },
    suite.admin
  )
  expect(res.status).toBe(201)
  return res.data.conversation.id as string
}

const staffView = async (suite: PortalSuite, id: string) =>
  (await suite.api.get(`/admin/portal/conversations/${id}`, suite.admin)).data.conversation

/** Signs in through the form and waits for the account. */
async function signIn(page: Page, suite: PortalSuite, email: string) {
  await page.goto(`${suite.portalUrl}/sign-in?next=/account`)
  await page.locator("input[type=email]").fill(email)
  await page.locator("input[type=password]").fill(PASSWORD)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => url.pathname === "/account")
  await visible(nav(page))
}

/** Waits until nothing on the page loads any more (lists refetch after a thread is read). */
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector(".loading, [aria-busy='true']"))

portalTestRunner((suite) => {
  let tab: Tab | undefined

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  it("at 375 px a contact reads staff's new conversation (1 new, then read), replies, starts one, and once the merchant stops clients starting threads only replies", async () => {
    const emails = await captureEmails(suite)
    const company = await createCompany(suite, "Acme Tools")
    const team = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
    await acceptedContact(suite, emails, company, "ana@acme.test", [team], PASSWORD)
    await settings(suite, { conversations_enabled: true })
    const subject = "Delivery window next week"
    // Markup in a message is words, never HTML.
    const id = await staffStart(
      suite,
      company,
      subject,
      "Hello Ana,\nwe deliver on Tuesday <b>between 8 and 10</b>.\nDoes that suit you?"
    )

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "ana@acme.test")

    // From the navigation to the list: the conversation with its first words and "1 new".
    await nav(page).getByRole("link", { name: "Conversations" }).click()
    await visible(h1(page, "Conversations of Acme Tools"))
    expect(await page.title()).toBe("Conversations · Medusa Store portal")
    const listed = await visible(row(page, subject))
    await visible(listed.getByText("1 new", { exact: true }))
    await visible(listed.getByText(/^Hello Ana,/))
    expect(await textOf(listed.locator(".hint"))).toMatch(/^Last activity .+ · 1 message$/)
    await visible(page.getByRole("link", { name: "New conversation" }))
    await expectAccessible(page, "conversations-unread-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "conversations")

    // Unread shows it too.
    await page.getByLabel("Show").selectOption("unread")
    await page.waitForURL(/\?show=unread/)
    await visible(row(page, subject).getByText("1 new", { exact: true }))

    // Its page: the subject, who takes part, staff's words as plain text with their breaks.
    await row(page, subject).getByRole("link", { name: subject }).click()
    await visible(h1(page, subject))
    expect(new URL(page.url()).pathname).toBe(`/account/conversations/${id}`)
    const messages = thread(page, subject)
    const first = await visible(messages.getByRole("listitem").first())
    expect(await first.locator(".pre-wrap").innerText()).toBe(
      "Hello Ana,\nwe deliver on Tuesday <b>between 8 and 10</b>.\nDoes that suit you?"
    )
    expect(await messages.locator("b").count()).toBe(0)
    expect(await first.getAttribute("class")).toContain("staff")
    await visible(page.getByRole("definition").filter({ hasText: "Ana Buyer" }))
    await expectAccessible(page, "conversation-375")
    await expectNoHorizontalScroll(page)

    // Read now: back in the list the badge is gone, and Unread has nothing.
    await page.getByRole("link", { name: "Back to the conversations" }).click()
    await visible(h1(page, "Conversations of Acme Tools"))
    await settled(page)
    await visible(row(page, subject))
    await eventually(async () =>
      expect(await row(page, subject).getByText("1 new").count()).toBe(0)
    )
    await page.getByLabel("Show").selectOption("unread")
    await visible(page.getByText("No unread conversations."))
    await page.getByLabel("Show").selectOption("all")

    // The contact replies: their message, told apart from staff's, with their name.
    await row(page, subject).getByRole("link", { name: subject }).click()
    await page.getByLabel("Your reply").fill("Tuesday suits us.\nRamp 3, please.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await visible(page.getByRole("status").getByText("Your reply was sent."))
    const reply = await visible(messages.getByRole("listitem").nth(1))
    expect(await reply.getAttribute("class")).toContain("customer")
    expect(await textOf(reply.locator(".message-meta"))).toMatch(/^Ana Buyer · Acme Tools /)
    expect(await reply.locator(".pre-wrap").innerText()).toBe("Tuesday suits us.\nRamp 3, please.")
    await eventually(async () =>
      expect(
        (await staffView(suite, id)).messages.map((message: { body: string }) => message.body)
      ).toEqual([
        "Hello Ana,\nwe deliver on Tuesday <b>between 8 and 10</b>.\nDoes that suit you?",
        "Tuesday suits us.\nRamp 3, please.",
      ])
    )
    await expectAccessible(page, "conversation-replied-375")
    await screenshot(page, "conversation")

    // The contact starts a conversation of their own.
    await page.getByRole("link", { name: "Back to the conversations" }).click()
    await page.getByRole("link", { name: "New conversation" }).click()
    await visible(h1(page, "New conversation"))
    await page.getByLabel("Subject").fill("Invoices by post")
    await page
      .getByLabel("Message", { exact: true })
      .fill("Could you send our invoices\nby post as well?")
    await expectAccessible(page, "conversation-new-375")
    await expectNoHorizontalScroll(page)
    await page.getByRole("button", { name: "Start conversation" }).click()
    await visible(h1(page, "Invoices by post"))
    const started = new URL(page.url()).pathname.split("/").pop()!
    expect(started).not.toBe("new")
    await visible(thread(page, "Invoices by post").getByText("by post as well?", { exact: false }))
    expect((await staffView(suite, started)).subject).toBe("Invoices by post")

    // The merchant lets only staff start threads: no New conversation after a reload, and the
    // form's address says why; replying still works.
    await settings(suite, { clients_may_start_conversations: false })
    await page.goto(`${suite.portalUrl}/account/conversations`)
    await visible(row(page, "Invoices by post"))
    await visible(row(page, subject))
    expect(await page.getByRole("link", { name: "New conversation" }).count()).toBe(0)
    await page.goto(`${suite.portalUrl}/account/conversations/new`)
    await visible(page.getByText(/^In this portal Medusa Store starts the conversations/))
    expect(await page.getByLabel("Subject").count()).toBe(0)
    await page.goto(`${suite.portalUrl}/account/conversations/${id}`)
    await page.getByLabel("Your reply").fill("One more thing: ring the bell.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await visible(thread(page, subject).getByText("One more thing: ring the bell."))
    expect((await staffView(suite, id)).messages).toHaveLength(3)
    await expectAccessible(page, "conversation-only-replies-375")
    expect(tab.errors).toEqual([])
  })

  it("a contact who may only read conversations gets no reply form and cannot start one; without the feature there is no Conversations", async () => {
    const emails = await captureEmails(suite)
    const company = await createCompany(suite, "Acme Tools")
    const readers = await createTeam(suite, "Readers", ["conversations.view"])
    await acceptedContact(suite, emails, company, "val@acme.test", [readers], PASSWORD)

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "val@acme.test")
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual(["Overview", "Profile"])

    await settings(suite, { conversations_enabled: true })
    const subject = "New price list"
    await staffStart(suite, company, subject, "Our price list changes on 1 March.")
    await page.reload()
    await nav(page).getByRole("link", { name: "Conversations" }).click()
    await visible(row(page, subject).getByText("1 new", { exact: true }))
    expect(await page.getByRole("link", { name: "New conversation" }).count()).toBe(0)
    await row(page, subject).getByRole("link", { name: subject }).click()
    await visible(thread(page, subject).getByText("Our price list changes on 1 March."))
    await visible(page.getByText(/your teams do not allow you to write in it/))
    expect(await page.getByLabel("Your reply").count()).toBe(0)
    await expectAccessible(page, "conversation-read-only-375")
    await expectNoHorizontalScroll(page)
    await page.goto(`${suite.portalUrl}/account/conversations/new`)
    await visible(page.getByText(/^Your teams at Acme Tools do not allow you to write/))
    expect(await page.getByLabel("Subject").count()).toBe(0)
    expect(tab.errors).toEqual([])
  })
})
