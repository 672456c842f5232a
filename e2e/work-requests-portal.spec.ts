// Work requests in the portal (issue 24): with the feature on, a contact opens Work requests
// from the navigation, submits a request with a PDF (a picture named as a PDF is refused with
// the server's reason, the request stays), lands on its page; staff answer and ask
// something, the request waits on the client; the contact reads the reply after a reload,
// answers, and the request is in progress again. A German company's contact reads the list
// and a request's page in German. At 375 px, axe clean, no sideways scrolling. One booted
// server.
import type { Page } from "playwright-core"
import { pdfBytes } from "../integration-tests/helpers/procurement"
import deAccount from "../src/shared/i18n/catalogs/de/portal/account"
import deCommon from "../src/shared/i18n/catalogs/de/portal/common"
import deWorkRequests from "../src/shared/i18n/catalogs/de/portal/work-requests"
import enAccount from "../src/shared/i18n/catalogs/en/portal/account"
import enCommon from "../src/shared/i18n/catalogs/en/portal/common"
import enWorkRequests from "../src/shared/i18n/catalogs/en/portal/work-requests"
import { untranslatedWords, type Catalog } from "../src/shared/i18n/translate"
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

/** A 2 × 2 PNG: a picture, which a file named .pdf must not be. */
const PICTURE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC",
  "base64"
)

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name })
const nav = (page: Page) => page.getByRole("navigation", { name: "Account" })

const offerWorkRequests = (suite: PortalSuite) =>
  suite.api.post("/admin/portal/settings", { work_requests_enabled: true }, suite.admin)

/** A company whose contact Ana may see and submit work requests. */
async function companyWithContact(suite: PortalSuite, name: string, email: string) {
  const emails = await captureEmails(suite)
  const company = await createCompany(suite, name)
  const team = await createTeam(suite, "Buyers", CUSTOMER_PERMISSIONS)
  await acceptedContact(suite, emails, company, email, [team], PASSWORD)
  return company
}

/** Signs in through the form, whatever language it is in, and waits for the account. */
async function signIn(page: Page, suite: PortalSuite, email: string) {
  await page.goto(`${suite.portalUrl}/sign-in?next=/account`)
  await page.locator("input[type=email]").fill(email)
  await page.locator("input[type=password]").fill(PASSWORD)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => url.pathname === "/account")
  await visible(page.getByRole("navigation").first())
}

/** Staff answer in the request's thread and say it waits on the client. */
const staffAsk = (suite: PortalSuite, id: string, body: string) =>
  suite.api.post(
    `/admin/portal/work-requests/${id}/messages`,
    { body, status: "waiting_on_client" },
    suite.admin
  )

const staffView = async (suite: PortalSuite, id: string) =>
  (await suite.api.get(`/admin/portal/work-requests/${id}`, suite.admin)).data.work_request

/** A day a month from now, as a date input's value ("YYYY-MM-DD", the browser's UTC day). */
const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10)

/** The catalogs the account's frame and these pages read, per language. */
const CATALOGS: Record<"en" | "de", Catalog[]> = {
  en: [enCommon, enAccount, enWorkRequests],
  de: [deCommon, deAccount, deWorkRequests],
}

portalTestRunner((suite) => {
  let tab: Tab | undefined

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  it("at 375 px a contact submits a request with a PDF, reads staff's question after a reload, answers it, and the request is in progress again", async () => {
    await companyWithContact(suite, "Acme Tools", "ana@acme.test")
    await offerWorkRequests(suite)
    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "ana@acme.test")

    // From the navigation to the empty list.
    await nav(page).getByRole("link", { name: "Work requests" }).click()
    await visible(h1(page, "Work requests of Acme Tools"))
    expect(await page.title()).toBe("Work requests · Medusa Store portal")
    await visible(page.getByText(/^No work requests yet\./))
    await expectAccessible(page, "work-requests-empty-375")
    await expectNoHorizontalScroll(page)

    // The new request: a PDF and a picture that claims to be one.
    await page.getByRole("link", { name: "New request" }).click()
    await visible(h1(page, "New work request"))
    const preferred = inAMonth()
    await page.getByLabel("Subject").fill("Gate motor broken")
    await page.getByLabel("Description").fill("The front gate stops halfway.\nIt beeps twice.")
    await page.getByLabel("Preferred date (optional)").fill(preferred)
    await page.getByLabel("Files (optional)").setInputFiles([
      { name: "gate.pdf", mimeType: "application/pdf", buffer: pdfBytes("gate") },
      { name: "photo.pdf", mimeType: "application/pdf", buffer: PICTURE },
    ])
    await visible(page.getByRole("list", { name: "2 files chosen" }))
    await expectAccessible(page, "work-request-new-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "work-request-new")
    await page.getByRole("button", { name: "Submit request" }).click()

    // Its page: the request, the PDF attached, the refused file named with the server's reason.
    await page.waitForURL(/\/account\/work-requests\/pwreq_/)
    const id = new URL(page.url()).pathname.split("/").pop()!
    const heading = await visible(h1(page, /· Gate motor broken/))
    expect(await textOf(heading)).toMatch(/^WR-\d+ · Gate motor broken New$/)
    await visible(page.getByText("It beeps twice.", { exact: false }))
    const refused = page.getByRole("alert").filter({ hasText: "these files were not attached" })
    await visible(refused.getByText(/^photo\.pdf: /))
    const files = page.getByRole("list", { name: /^Files of WR-/ })
    await visible(files.getByRole("button", { name: "Open gate.pdf" }))
    expect(await files.getByRole("listitem").count()).toBe(1)
    const submitted = await staffView(suite, id)
    expect(submitted).toMatchObject({
      subject: "Gate motor broken",
      status: "new",
      preferred_date: preferred,
    })
    expect(submitted.attachments.map((file: { file_name: string }) => file.file_name)).toEqual([
      "gate.pdf",
    ])
    await expectAccessible(page, "work-request-375")
    await expectNoHorizontalScroll(page)

    // Staff ask something; after a reload the contact reads it, and the request waits on them.
    await staffAsk(suite, id, "Which gate is it, the front or the back one?")
    await page.reload()
    await visible(h1(page, /· Gate motor broken Waiting on client$/))
    // The refusal was said once; a reload does not repeat it.
    expect(await refused.count()).toBe(0)
    const thread = page.getByRole("list", { name: /^Messages about WR-/ })
    await visible(thread.getByText("Which gate is it, the front or the back one?"))
    await visible(page.getByText("Waiting for your answer"))
    await expectAccessible(page, "work-request-waiting-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "work-request-waiting")

    // The list says so too.
    await page.getByRole("link", { name: "Back to the work requests" }).click()
    const row = page.getByRole("listitem").filter({ hasText: "Gate motor broken" })
    await visible(row.getByText("Waiting on client"))
    await visible(row.getByText("Waiting for your answer"))
    expect(await textOf(row.locator(".hint"))).toMatch(/· 1 message$/)
    await expectAccessible(page, "work-requests-375")
    await expectNoHorizontalScroll(page)
    await screenshot(page, "work-requests")

    // The contact answers: the reply is in the thread and the request is in progress.
    await row.getByRole("link", { name: /Gate motor broken/ }).click()
    await page.getByLabel("Your reply").fill("The front one, facing the street.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await visible(thread.getByText("The front one, facing the street."))
    await visible(h1(page, /· Gate motor broken In progress$/))
    await visible(page.getByRole("status").getByText("Your reply was sent."))
    await eventually(async () => {
      const answered = await staffView(suite, id)
      expect(answered.status).toBe("in_progress")
      expect(answered.messages.map((message: { body: string }) => message.body)).toEqual([
        "Which gate is it, the front or the back one?",
        "The front one, facing the street.",
      ])
    })
    await expectAccessible(page, "work-request-answered-375")
    expect(tab.errors).toEqual([])
  })

  it("a German company's contact reads the work requests and a request's page in German at 375 px", async () => {
    const company = await companyWithContact(suite, "Bergmann", "greta@bergmann.test")
    await suite.api.post(`/admin/portal/companies/${company}`, { language: "de" }, suite.admin)
    await offerWorkRequests(suite)
    const { data } = await suite.api.post("/auth/customer/emailpass", {
      email: "greta@bergmann.test",
      password: PASSWORD,
    })
    const member = {
      headers: {
        authorization: `Bearer ${data.token}`,
        "x-publishable-api-key": suite.publishableKey,
      },
    }
    const created = await suite.api.post(
      "/store/portal/work-requests",
      { subject: "Torantrieb defekt", description: "Das Tor bleibt auf halber Höhe stehen." },
      member
    )
    expect(created.status).toBe(201)
    const id = created.data.work_request.id as string
    await staffAsk(suite, id, "Welches Tor ist es?")

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "greta@bergmann.test")
    for (const path of ["/account/work-requests", `/account/work-requests/${id}`]) {
      await page.goto(`${suite.portalUrl}${path}`)
      await visible(page.getByRole("heading", { level: 1, name: /Torantrieb|Arbeitsaufträge/ }))
      await page.waitForFunction(() => !document.querySelector(".loading, [aria-busy='true']"))
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("de")
      await visible(page.getByText("Wartet auf Ihre Antwort").first())
      const shown = await page.evaluate(() =>
        [document.title, document.body.innerText].concat(
          Array.from(document.querySelectorAll("[aria-label]")).map(
            (el) => el.getAttribute("aria-label") ?? ""
          )
        )
      )
      expect([path, untranslatedWords(shown.join("\n"), CATALOGS.en, CATALOGS.de)]).toEqual([
        path,
        [],
      ])
      await expectAccessible(page, `work-requests-de-${path.split("/").length}`)
      await expectNoHorizontalScroll(page)
    }
    await visible(page.getByLabel("Ihre Antwort", { exact: true }))
    expect(tab.errors).toEqual([])
  })

  it("the navigation offers Work requests only with the feature on; a contact who may only view them gets no New request and no reply form", async () => {
    const company = await companyWithContact(suite, "Acme Tools", "ana@acme.test")
    const viewers = await createTeam(suite, "Viewers", ["work_requests.view"])
    const emails = await captureEmails(suite)
    await acceptedContact(suite, emails, company, "val@acme.test", [viewers], PASSWORD)
    const { data } = await suite.api.post("/auth/customer/emailpass", {
      email: "ana@acme.test",
      password: PASSWORD,
    })
    const ana = {
      headers: {
        authorization: `Bearer ${data.token}`,
        "x-publishable-api-key": suite.publishableKey,
      },
    }

    tab = await openTab(suite.browser, 375)
    const { page } = tab
    await signIn(page, suite, "val@acme.test")
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual(["Overview", "Profile"])

    await offerWorkRequests(suite)
    const id = (
      await suite.api.post(
        "/store/portal/work-requests",
        { subject: "Leaking valve", description: "Hall 2, second floor." },
        ana
      )
    ).data.work_request.id as string
    await staffAsk(suite, id, "Since when does it leak?")
    await page.reload()
    await visible(nav(page).getByRole("link", { name: "Work requests" }))
    expect(await nav(page).getByRole("link").allInnerTexts()).toEqual([
      "Overview",
      "Work requests",
      "Profile",
    ])
    await nav(page).getByRole("link", { name: "Work requests" }).click()
    await visible(h1(page, "Work requests of Acme Tools"))
    await visible(page.getByRole("link", { name: /Leaking valve/ }))
    expect(await page.getByRole("link", { name: "New request" }).count()).toBe(0)
    await page.getByRole("link", { name: /Leaking valve/ }).click()
    await visible(page.getByText("Since when does it leak?"))
    await visible(page.getByText(/your teams do not allow you to answer it/))
    expect(await page.getByLabel("Your reply").count()).toBe(0)
    expect(await page.getByLabel("Add a file").count()).toBe(0)
    await expectAccessible(page, "work-request-read-only-375")
    await page.goto(`${suite.portalUrl}/account/work-requests/new`)
    await visible(h1(page, "New work request"))
    await visible(page.getByText(/^Your teams at Acme Tools do not allow you to submit/))
    expect(await page.getByLabel("Subject").count()).toBe(0)
    expect(tab.errors).toEqual([])
  })
})
