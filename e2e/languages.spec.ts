// The portal in the contact's language (issue 23): a German company's contact who chose no
// language reads every page in German, and at 375 px the longer German words never make a
// page scroll sideways; a German quote's link page is German for a browser that asks for
// English; a browser set to the pseudo-locale (en-XA) shows no text that did not come from
// a catalog, which is how CI finds a string left inline. One booted server.
import { readdirSync } from "node:fs"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createAcceptedQuote, quoteLink } from "../integration-tests/helpers/fixtures"
import {
  type Catalog,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  untranslatedWords,
} from "../src/shared/i18n/translate"
import { CUSTOMER_PERMISSIONS, SUPPLIER_PERMISSIONS } from "../src/shared/permissions"
import { createPurchaseOrderWorkflow } from "../src/workflows/procurement/workflows/create-purchase-order"
import { sendPurchaseOrderWorkflow } from "../src/workflows/procurement/workflows/send-purchase-order"
import { contextOptions, type Tab } from "./support/browser"
import { expectNoHorizontalScroll, visible } from "./support/checks"
import {
  acceptedContact,
  addMember,
  captureEmails,
  createCompany,
  createTeam,
} from "./support/contacts"
import { createPalletWrap, sendQuote, sendQuoteWithAgreement } from "./support/portal"
import { type PortalSuite, portalTestRunner } from "./support/runner"
import { pdfBytes } from "../integration-tests/helpers/procurement"

jest.setTimeout(240_000)

const PASSWORD = "Correct horse 42"
const CATALOGS = join(__dirname, "..", "src", "shared", "i18n", "catalogs")

/** Every namespace of the storefront's catalogs in one language. */
function portalCatalogs(language: string): Catalog[] {
  const folder = join(CATALOGS, language, "portal")
  return readdirSync(folder).map(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (file) => require(join(folder, file)).default as Catalog
  )
}

/** What a reader meets on the page: its text, and the names and hints in its attributes. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = Array.from(
      document.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")
    ).flatMap((el) =>
      ["aria-label", "placeholder", "title", "alt"]
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => !!value)
    )
    return [document.title, document.body.innerText, ...attributes].join("\n")
  })
}

/** The account's pages with a record each, as a contact opens them. */
function accountPages(ids: { quote: string; order: string; invoice: string; product: string }) {
  return [
    "/account",
    "/account/quotes",
    `/account/quotes/${ids.quote}`,
    "/account/orders",
    `/account/orders/${ids.order}`,
    "/account/invoices",
    `/account/invoices/${ids.invoice}`,
    "/account/documents",
    "/account/work-requests",
    "/account/work-requests/new",
    "/account/conversations",
    "/account/catalog",
    `/account/catalog/${ids.product}`,
    "/account/cart",
    "/account/profile",
  ]
}

/** The supplier's pages, a purchase order's included. */
const supplierPages = (purchaseOrderId: string) => [
  "/account",
  "/account/supplier/purchase-orders",
  `/account/supplier/purchase-orders/${purchaseOrderId}`,
  "/account/supplier/bills",
]

/** Waits for a page to have its heading and nothing left loading. */
async function settled(page: Page) {
  await visible(page.getByRole("heading", { level: 1 }).first())
  await page.waitForFunction(() => !document.querySelector(".loading, [aria-busy='true']"))
}

async function openLocaleTab(suite: PortalSuite, locale: string): Promise<Tab> {
  const context = await suite.browser.newContext({ ...contextOptions(375), locale })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  return { context, page, errors }
}

/** Fields whose values are the merchant's or the buyer's data, shown as they are. */
const DATA_FIELDS = new Set([
  "title",
  "product_title",
  "variant_title",
  "subtitle",
  "description",
  "shipping_method_name",
  "terms",
  "first_name",
  "last_name",
  "company",
  "company_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "name",
])

/** The words of the store's records (products, the quote, its customer): data, not words. */
async function recordData(suite: PortalSuite): Promise<string[]> {
  const sources = await Promise.all([
    suite.api.get("/admin/products?limit=100&fields=title,subtitle,variants.title", suite.admin),
    suite.api.get("/admin/portal/quotes?limit=100", suite.admin),
    suite.api.get("/admin/shipping-options?limit=100", suite.admin),
    suite.api.get("/admin/stock-locations?limit=100&fields=name,address.*", suite.admin),
    suite.api.get(
      "/admin/customers?limit=100&fields=first_name,last_name,company_name",
      suite.admin
    ),
  ])
  const words: string[] = []
  const walk = (value: unknown, key?: string) => {
    if (typeof value === "string") {
      if (key && DATA_FIELDS.has(key)) words.push(...(value.match(/\p{L}{3,}/gu) ?? []))
    } else if (value && typeof value === "object") {
      for (const [name, child] of Object.entries(value))
        walk(child, Array.isArray(value) ? key : name)
    }
  }
  for (const source of sources) walk(source.data)
  return words.map((word) => word.toLowerCase())
}

/** Signs in through the form, whatever language it is in. */
async function signIn(page: Page, suite: PortalSuite, email: string) {
  await page.goto(`${suite.portalUrl}/sign-in?next=/account`)
  await page.locator("input[type=email]").fill(email)
  await page.locator("input[type=password]").fill(PASSWORD)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => url.pathname === "/account")
  await visible(page.getByRole("navigation").first())
}

/** A 2 × 2 PNG: a picture the browser can draw. */
const PICTURE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC",
  "base64"
)

/** Staff share a file with the company through the admin route; answers its words (data). */
async function shareDocument(
  suite: PortalSuite,
  companyId: string,
  file: { bytes: Buffer; name: string },
  fields: Record<string, string>
): Promise<string[]> {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.append(key, value)
  body.append("file", new Blob([new Uint8Array(file.bytes)]), file.name)
  const { document } = (
    await suite.api.post(`/admin/portal/companies/${companyId}/documents`, body, suite.admin)
  ).data
  return [document.title, document.caption ?? "", document.file_name].flatMap(
    (text: string) => text.match(/\p{L}{3,}/gu) ?? []
  )
}

portalTestRunner((suite) => {
  let tab: Tab | undefined
  let setup: {
    ids: { quote: string; order: string; invoice: string }
    token: string
    quoteNumber: string
    signToken: string
    productId: string
    purchaseOrderId: string
    /** The words of the documents' titles, captions and file names: data. */
    documentWords: string[]
  }

  beforeAll(async () => {
    const emails = await captureEmails(suite)
    const bergmann = await createCompany(suite, "Bergmann")
    // The company reads German; Greta chooses nothing herself.
    await suite.api.post(`/admin/portal/companies/${bergmann}`, { language: "de" }, suite.admin)
    const buyers = await createTeam(suite, "Einkauf", CUSTOMER_PERMISSIONS)
    await acceptedContact(suite, emails, bergmann, "greta@bergmann.test", [buyers], PASSWORD)
    await addMember(suite, bergmann, { customer_id: suite.store.customer.id }, [buyers])
    const { quote, order_id } = await createAcceptedQuote(suite.api, suite.admin, suite.store, {
      company_id: bergmann,
      deposit_percent: 30,
    })
    const { data } = await suite.api.post("/auth/customer/emailpass", {
      email: "greta@bergmann.test",
      password: PASSWORD,
    })
    const headers = {
      headers: {
        authorization: `Bearer ${data.token}`,
        "x-publishable-api-key": suite.publishableKey,
      },
    }
    const [invoice] = (await suite.api.get(`/store/portal/invoices?quote_id=${quote.id}`, headers))
      .data.invoices
    // A quote still open, sent by link, in the company's language.
    const sent = await sendQuote(suite, { company_id: bergmann })
    const withAgreement = await sendQuoteWithAgreement(suite, { company_id: bergmann })
    const products = await suite.api.get("/admin/products?limit=1&fields=id", suite.admin)
    // The merchant offers documents: a delivery note and a picture of the order's.
    await suite.api.post(
      "/admin/portal/settings",
      { documents_enabled: true, work_requests_enabled: true, conversations_enabled: true },
      suite.admin
    )
    const documentWords = [
      ...(await shareDocument(
        suite,
        bergmann,
        { bytes: pdfBytes("Lieferschein"), name: "lieferschein.pdf" },
        { title: "Lieferschein", attached_to: "order", attached_id: order_id }
      )),
      ...(await shareDocument(
        suite,
        bergmann,
        { bytes: PICTURE, name: "tor.png" },
        {
          title: "Montiertes Tor",
          caption: "Das Tor nach der Montage",
          attached_to: "order",
          attached_id: order_id,
        }
      )),
    ]
    // Staff ask for documents: the request's words are data too.
    const asked = {
      title: "Kontoeröffnung",
      note: "Für Ihr Kundenkonto",
      items: [
        { name: "Handelsregisterauszug", description: "Nicht älter als drei Monate" },
        { name: "Steuerbescheinigung", due_date: "2027-01-31" },
      ],
    }
    await suite.api.post(
      `/admin/portal/companies/${bergmann}/document-requests`,
      asked,
      suite.admin
    )
    documentWords.push(
      ...[
        asked.title,
        asked.note,
        ...asked.items.flatMap((item) => [item.name, item.description ?? ""]),
      ]
        .join(" ")
        .match(/\p{L}{3,}/gu)!
    )

    // A French supplier with a purchase order sent to it.
    const lefevre = (
      await suite.api.post(
        "/admin/portal/companies",
        {
          name: "Lefèvre",
          allow_portal: true,
          is_customer: false,
          is_supplier: true,
          language: "fr",
        },
        suite.admin
      )
    ).data.company.id as string
    const suppliers = await createTeam(suite, "Fournisseurs", SUPPLIER_PERMISSIONS)
    await acceptedContact(suite, emails, lefevre, "sam@lefevre.test", [suppliers], PASSWORD)
    const container = suite.getContainer()
    const {
      result: [dock],
    } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          { name: "Dock", address: { address_1: "1 Quai", city: "Lyon", country_code: "fr" } },
        ],
      },
    })
    const wrap = await createPalletWrap(container)
    const { result: po } = await createPurchaseOrderWorkflow(container).run({
      input: {
        supplier_company_id: lefevre,
        stock_location_id: dock.id,
        currency_code: "usd",
        lines: [{ variant_id: wrap.variants[0].id, quantity: 6, unit_cost: 41.5 }],
      },
    })
    await sendPurchaseOrderWorkflow(container).run({ input: { id: po.id } })

    setup = {
      ids: { quote: quote.id, order: order_id, invoice: invoice.id },
      token: sent.token,
      quoteNumber: sent.quote.number,
      signToken: withAgreement.token,
      productId: products.data.products[0].id,
      purchaseOrderId: po.id,
      documentWords,
    }
  })

  afterEach(async () => {
    await tab?.context.close()
    tab = undefined
  })

  it("a German company's contact reads every page in German at 375 px, with no English from the catalogs and no sideways scrolling", async () => {
    // The browser asks for English: the company's language comes first.
    tab = await openLocaleTab(suite, "en-US")
    const { page } = tab
    await signIn(page, suite, "greta@bergmann.test")
    const english = portalCatalogs("en")
    const german = portalCatalogs("de")
    for (const path of accountPages({ ...setup.ids, product: setup.productId })) {
      await page.goto(`${suite.portalUrl}${path}`)
      await settled(page)
      expect([path, await page.evaluate(() => document.documentElement.lang)]).toEqual([path, "de"])
      expect([path, untranslatedWords(await shownText(page), english, german)]).toEqual([path, []])
      await expectNoHorizontalScroll(page)
    }
    expect(tab.errors).toEqual([])
  })

  it("shows a page even when its words cannot be loaded, rather than waiting for them forever", async () => {
    tab = await openLocaleTab(suite, "en-US")
    const { page } = tab
    await signIn(page, suite, "greta@bergmann.test")
    // The account namespace's chunks, in every language, fail (a deploy replaced them).
    await page.route(/\/assets\/account-[^/]*\.js$/, (route) => route.abort())
    await page.goto(`${suite.portalUrl}/account/profile`)
    // The page comes, its frame in German; its own words show as their keys.
    await visible(page.getByRole("heading", { level: 1 }))
    await visible(page.getByRole("link", { name: "Übersicht" }))
  })

  it("a French supplier's contact reads the supplier pages in French, at 375 px without sideways scrolling", async () => {
    tab = await openLocaleTab(suite, "en-US")
    const { page } = tab
    await signIn(page, suite, "sam@lefevre.test")
    for (const path of supplierPages(setup.purchaseOrderId)) {
      await page.goto(`${suite.portalUrl}${path}`)
      await settled(page)
      expect([path, await page.evaluate(() => document.documentElement.lang)]).toEqual([path, "fr"])
      expect([
        path,
        untranslatedWords(await shownText(page), portalCatalogs("en"), portalCatalogs("fr")),
      ]).toEqual([path, []])
      await expectNoHorizontalScroll(page)
    }
    expect(tab.errors).toEqual([])
  })

  it("a quote's link page is in the quote's language (its company's), for a browser that asks for English", async () => {
    tab = await openLocaleTab(suite, "en-US")
    const { page } = tab
    await page.goto(`${suite.portalUrl}/q/${setup.token}`)
    await visible(page.getByRole("heading", { level: 1, name: new RegExp(setup.quoteNumber) }))
    await settled(page)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de")
    const text = await shownText(page)
    expect(text).toContain("Angebot")
    expect(untranslatedWords(text, portalCatalogs("en"), portalCatalogs("de"))).toEqual([])
    await expectNoHorizontalScroll(page)
    expect(tab.errors).toEqual([])
  })

  it("in the pseudo-locale every word on every page comes from a catalog", async () => {
    tab = await openLocaleTab(suite, "en-XA")
    const { page } = tab
    // Data is shown as it is: names, titles, numbers, amounts, dates, addresses.
    const months = Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat("en", { month: "long" }).format(new Date(Date.UTC(2026, month, 1)))
    )
    const known = new Set(
      [
        ...months,
        ...months.map((month) => month.slice(0, 3)),
        // The profile's language picker names each language in itself (Intl's names).
        ...readdirSync(CATALOGS).map(
          (language) => new Intl.DisplayNames([language], { type: "language" }).of(language) ?? ""
        ),
        "Bergmann",
        "Einkauf",
        "Greta",
        "Medusa",
        "Store",
      ].map((word) => word.toLowerCase())
    )
    const leftInline = (text: string, allowed: Set<string>) =>
      text
        // What a catalog wrote, values included, is between the marks (nested for a sentence
        // with a translated value, such as a tab title).
        .replace(
          new RegExp(
            `${PSEUDO_OPEN}(?:[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]|${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE})*${PSEUDO_CLOSE}`,
            "g"
          ),
          " "
        )
        // Addresses and emails are the reader's data.
        .replace(/\S+@\S+/g, " ")
        .match(/\p{L}{3,}/gu)
        ?.filter((word) => !allowed.has(word.toLowerCase())) ?? []

    for (const path of ["/sign-in", "/forgot-password", "/reset-password?token=x", "/invite/x"]) {
      await page.goto(`${suite.portalUrl}${path}`)
      await settled(page)
      expect([path, leftInline(await shownText(page), known)]).toEqual([path, []])
    }
    const allowed = new Set([
      ...known,
      ...(await recordData(suite)),
      ...setup.documentWords.map((word) => word.toLowerCase()),
    ])
    await signIn(page, suite, "greta@bergmann.test")
    // The agreement is the merchant's text, filled in in the quote's language: data too.
    const agreement = (await suite.api.get(quoteLink(setup.signToken), suite.store.storeHeaders))
      .data.agreement
    for (const word of `${agreement.name} ${agreement.text} ${agreement.consent_text}`.match(
      /\p{L}{3,}/gu
    ) ?? []) {
      allowed.add(word.toLowerCase())
    }
    const pages = [
      ...accountPages({ ...setup.ids, product: setup.productId }),
      `/q/${setup.token}`,
      `/q/${setup.signToken}/sign`,
    ]
    for (const path of pages) {
      await page.goto(`${suite.portalUrl}${path}`)
      await settled(page)
      expect([path, leftInline(await shownText(page), allowed)]).toEqual([path, []])
    }
    // The supplier's pages, as its contact.
    await page.context().clearCookies()
    await page.evaluate(() => window.localStorage.clear())
    await signIn(page, suite, "sam@lefevre.test")
    for (const path of supplierPages(setup.purchaseOrderId)) {
      await page.goto(`${suite.portalUrl}${path}`)
      await settled(page)
      expect([path, leftInline(await shownText(page), allowed)]).toEqual([path, []])
    }
    expect(tab.errors).toEqual([])
  })
})
