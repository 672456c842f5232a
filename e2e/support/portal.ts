import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { readFileSync } from "node:fs"
import type { Download, Locator, Page } from "playwright-core"
import {
  agreementTemplateBody,
  createSentQuote,
  itemNamed,
  type QuoteItemView,
} from "../../integration-tests/helpers/fixtures"
export { drawnSignature } from "../../integration-tests/helpers/signature"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import { visible } from "./checks"
import type { PortalSuite } from "./runner"

// ── money ───────────────────────────────────────────────────────────────────

/** An amount as the portal shows it to an en-US browser, e.g. "$3,750.00". */
export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
  }).format(amount)
}

// ── quotes, through the admin API ───────────────────────────────────────────

export type SentQuote = {
  quote: { id: string; number: string; currency_code: string; items: QuoteItemView[] }
  token: string
  /** The link as sent to the buyer: `${PORTAL_URL}/q/<token>`. */
  url: string
}

/**
 * A sent quote (fixtures' quoteBody: Printer P1 ×2 at 1,000, Installation 250,
 * optional Printer P2 1,500 pre-selected, optional Extended warranty 300).
 */
export async function sendQuote(
  suite: PortalSuite,
  overrides: Record<string, unknown> = {}
): Promise<SentQuote> {
  const { quote, token, link } = await createSentQuote(
    suite.api,
    suite.admin,
    suite.store,
    overrides
  )
  return { quote, token, url: link.url as string }
}

/** A sent quote with an agreement to sign and a 30% deposit. */
export async function sendQuoteWithAgreement(
  suite: PortalSuite,
  overrides: Record<string, unknown> = {}
): Promise<SentQuote> {
  const template = await suite.api.post(
    "/admin/portal/agreement-templates",
    agreementTemplateBody(),
    suite.admin
  )
  return sendQuote(suite, {
    agreement_template_id: template.data.agreement_template.id,
    deposit_percent: 30,
    ...overrides,
  })
}

export async function adminQuote(suite: PortalSuite, quoteId: string) {
  const res = await suite.api.get(`/admin/portal/quotes/${quoteId}`, suite.admin)
  return res.data.quote
}

type AdminOrder = {
  id: string
  display_id: number
  items: { title: string; quantity: number; variant_id: string | null; unit_price: number }[]
}

/** The customer's orders with their items, as the admin API lists them. */
export async function ordersOf(suite: PortalSuite, customerId: string): Promise<AdminOrder[]> {
  const res = await suite.api.get(
    `/admin/orders?customer_id=${encodeURIComponent(customerId)}` +
      "&fields=id,display_id,*items&limit=50",
    suite.admin
  )
  return res.data.orders
}

/** Moves the quote's validity into the past, as time passing would. */
export async function expireQuote(suite: PortalSuite, quoteId: string): Promise<void> {
  const quotes = suite.getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)
  await quotes.updatePortalQuotes({ id: quoteId, valid_until: new Date(Date.now() - 60_000) })
}

export { itemNamed }

/**
 * A second address for the fixture buyer, in California (the default one is in
 * Illinois), as the merchant adds it on the customer's page.
 */
export async function addCaliforniaAddress(suite: PortalSuite) {
  const [address] = await suite
    .getContainer()
    .resolve(Modules.CUSTOMER)
    .createCustomerAddresses([
      {
        customer_id: suite.store.customer.id,
        first_name: "Bea",
        last_name: "Buyer",
        address_1: "9 Ocean Drive",
        city: "San Diego",
        postal_code: "92101",
        province: "us-ca",
        country_code: "us",
      },
    ])
  return address
}

// ── the signature pad ───────────────────────────────────────────────────────

type Point = { x: number; y: number }

/** Two strokes across the middle of the pad (a wave and a dash), in page pixels. */
async function strokesOver(pad: Locator): Promise<Point[][]> {
  await pad.scrollIntoViewIfNeeded()
  const box = await pad.boundingBox()
  if (!box) throw new Error("The signature pad has no size")
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy })
  const wave = Array.from({ length: 24 }, (_, i) =>
    at(0.1 + (0.5 * i) / 23, 0.5 + 0.2 * Math.sin((i / 23) * Math.PI * 3))
  )
  const dash = Array.from({ length: 10 }, (_, i) => at(0.65 + (0.25 * i) / 9, 0.4 + 0.02 * i))
  return [wave, dash]
}

/** Draws on the pad with the mouse: down, moves, up, for each stroke. */
export async function drawWithMouse(page: Page, pad: Locator): Promise<void> {
  for (const stroke of await strokesOver(pad)) {
    await page.mouse.move(stroke[0].x, stroke[0].y)
    await page.mouse.down()
    for (const p of stroke.slice(1)) await page.mouse.move(p.x, p.y, { steps: 2 })
    await page.mouse.up()
  }
}

/**
 * Draws on the pad with a finger: real touch input through the DevTools
 * protocol (touchStart, touchMove…, touchEnd), which the browser turns into
 * pointer events of type "touch", as on a phone.
 */
export async function drawWithTouch(page: Page, pad: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (const stroke of await strokesOver(pad)) {
      const point = (p: Point) => [{ x: p.x, y: p.y, id: 1, radiusX: 2, radiusY: 2, force: 0.5 }]
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchStart",
        touchPoints: point(stroke[0]),
      })
      for (const p of stroke.slice(1)) {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(p) })
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] })
    }
  } finally {
    await cdp.detach()
  }
}

/** How many pixels of the pad's canvas have been drawn on (alpha > 0). */
export async function inkedPixels(pad: Locator): Promise<number> {
  return pad.evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data
    let count = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++
    return count
  })
}

// ── the sign page ───────────────────────────────────────────────────────────

export function signForm(page: Page): Locator {
  return page.getByRole("form", { name: "Sign the agreement" })
}

/** The consent checkbox: the form's only checkbox, labelled by the consent sentence. */
export function consentBox(page: Page): Locator {
  return signForm(page).getByRole("checkbox")
}

/**
 * Fills the sign page: name, email, a drawn signature (mouse or touch) and
 * consent. Does not submit.
 */
export async function fillSignForm(
  page: Page,
  signer: { name: string; email: string },
  draw: "mouse" | "touch" | "none" = "mouse"
): Promise<void> {
  await visible(page.getByRole("heading", { level: 1, name: "Sign the agreement" }))
  await page.getByRole("textbox", { name: "Full name" }).fill(signer.name)
  await page.getByRole("textbox", { name: "Email" }).fill(signer.email)
  const pad = page.getByLabel("Signature pad")
  if (draw === "mouse") await drawWithMouse(page, pad)
  if (draw === "touch") await drawWithTouch(page, pad)
  const consent = consentBox(page)
  if (draw === "touch") {
    // A finger takes a moment to travel from the pad to the box. Chromium drops
    // the click of a tap that follows a drawn (default-prevented) touch sequence
    // within ~0.5 s, so a tap made instantly by a script would not register.
    await page.waitForTimeout(1000)
    await consent.tap()
  } else {
    await consent.check()
  }
  if (!(await consent.isChecked())) throw new Error("The consent box did not get ticked")
}

// ── PDFs ────────────────────────────────────────────────────────────────────

/**
 * A download control by its name: a link, or a button that fetches the file
 * (the API wants the publishable key in a header, which a plain link cannot send).
 */
export function downloadControl(page: Page | Locator, name: string | RegExp): Locator {
  return page.getByRole("button", { name }).or(page.getByRole("link", { name }))
}

/** The text of a PDF, read with the npm PDF reader the unit and HTTP tests use. */
export { pdfText } from "../../integration-tests/helpers/pdf-text"

/**
 * Clicks a download link and returns the file's bytes: the browser's download
 * when it starts one, otherwise the link's href fetched with the publishable key
 * (for a link that opens the PDF in a tab).
 */
export async function downloadFrom(
  page: Page,
  link: Locator,
  publishableKey: string
): Promise<{ bytes: Buffer; filename: string }> {
  const download = page.waitForEvent("download", { timeout: 20_000 }).catch(() => null)
  const popup = page
    .context()
    .waitForEvent("page", { timeout: 20_000 })
    .catch(() => null)
  await link.click()
  const got = await Promise.race([download, popup])
  if (got && "suggestedFilename" in got) {
    const file = got as Download
    const path = await file.path()
    return { bytes: readFileSync(path), filename: file.suggestedFilename() }
  }
  const href = await link.getAttribute("href").catch(() => null)
  if (!href || !/^https?:/.test(href)) throw new Error(`No download started (href ${href})`)
  const res = await fetch(href, { headers: { "x-publishable-api-key": publishableKey } })
  return { bytes: Buffer.from(await res.arrayBuffer()), filename: href.split("/").pop() ?? "" }
}

/**
 * "Pallet Wrap", one variant (20 in, WRAP-20, $69) whose stock Medusa manages, as a purchase
 * order needs; in `channelId` when given, so the catalog shows it.
 */
export async function createPalletWrap(container: MedusaContainer, channelId?: string) {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Pallet Wrap",
          status: "published",
          options: [{ title: "Width", values: ["20 in"] }],
          ...(channelId ? { sales_channels: [{ id: channelId }] } : {}),
          variants: [
            {
              title: "20 in",
              sku: "WRAP-20",
              manage_inventory: true,
              options: { Width: "20 in" },
              prices: [{ amount: 69, currency_code: "usd" }],
            },
          ],
        },
      ],
    },
  })
  return product
}
