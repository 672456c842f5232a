import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import { formatQuoteNumber } from "../../modules/quote/status"
import { createQuoteWorkflow, sendQuoteWorkflow, updateQuoteWorkflow } from "../../workflows/quote"
import type { DemoAdmin } from "./admin"
import type { DemoCatalog } from "./catalog"
import type { DemoCustomer } from "./customers"
import type { DemoStore } from "./store"

/** Marks the seeded quote so a re-run finds it instead of creating another. */
export const DEMO_QUOTE_NOTE =
  "Demo quote from src/scripts/demo/quotes.ts; `npm run demo` re-sends it."

const VALIDITY_DAYS = 30
const OPEN_STATUSES = ["draft", "sent", "viewed"]

export type DemoQuote = {
  id: string
  number: string
  url: string
  token: string
  valid_until: string
  /** When the link stops working: a grace period after the quote's validity. */
  link_expires_at: string
  created: boolean
}

type Context = {
  store: DemoStore
  catalog: DemoCatalog
  customer: DemoCustomer
  admin: DemoAdmin
}

/**
 * One quote for the demo buyer: two required lines and two optional ones (one
 * pre-selected), sent. Only the link's hash is stored, so every run (re-)sends
 * the quote to get a URL to print; that revokes the previous link.
 */
export async function seedQuotes(container: MedusaContainer, context: Context): Promise<DemoQuote> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
  const validUntil = new Date(Date.now() + VALIDITY_DAYS * 24 * 60 * 60 * 1000)

  // A quote the buyer accepted, declined or let expire is history; the demo needs an open one.
  const [open] = await quotes.listPortalQuotes(
    { customer_id: context.customer.id, internal_note: DEMO_QUOTE_NOTE, status: OPEN_STATUSES },
    { select: ["id"], order: { created_at: "DESC" }, take: 1 }
  )
  let quoteId: string
  if (open) {
    quoteId = open.id
    await updateQuoteWorkflow(container).run({
      input: { id: quoteId, valid_until: validUntil, actor_id: context.admin.id },
    })
  } else {
    const { result } = await createQuoteWorkflow(container).run({
      input: { ...demoQuote(context), valid_until: validUntil },
    })
    quoteId = result.id
  }

  const { result } = await sendQuoteWorkflow(container).run({
    input: { quote_id: quoteId, actor_id: context.admin.id },
  })
  const quote = await quotes.retrievePortalQuote(quoteId, {
    select: ["display_number", "valid_until"],
  })
  const number = formatQuoteNumber(quote.display_number)
  logger.info(`Demo quote ${number} ${open ? "re-sent" : "created and sent"}`)

  return {
    id: quoteId,
    number,
    url: result.link.url,
    token: result.link.url.split("/q/")[1],
    valid_until: new Date(quote.valid_until ?? validUntil).toISOString(),
    link_expires_at: new Date(result.link.expires_at).toISOString(),
    created: !open,
  }
}

function demoQuote({ store, catalog, customer, admin }: Context) {
  const line = (sku: string, quantity: number, unit_price: number) => {
    const variant = catalog[sku]
    if (!variant) throw new Error(`Demo variant ${sku} is missing; was the catalog seeded?`)
    return {
      variant_id: variant.id,
      title: `${variant.product_title} (${variant.title})`,
      quantity,
      unit_price,
    }
  }
  return {
    customer_id: customer.id,
    currency_code: store.currency_code,
    region_id: store.region_id,
    sales_channel_id: store.sales_channel_id,
    terms:
      "Net 30 from delivery. Prices exclude sales tax and freight. " +
      "Delivery within 10 business days of acceptance.",
    internal_note: DEMO_QUOTE_NOTE,
    actor_id: admin.id,
    items: [
      line("RACK-144", 12, 599),
      line("JACK-4500", 2, 3290),
      { ...line("HIBAY-240", 8, 199), is_optional: true, is_selected: true },
      { ...line("GLOVE-L", 10, 79), is_optional: true },
    ],
  }
}
