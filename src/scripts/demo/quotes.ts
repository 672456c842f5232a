import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import { formatQuoteNumber } from "../../modules/quote/status"
import {
  createQuoteWorkflow,
  type CreateQuoteWorkflowInput,
  sendQuote,
  updateQuoteWorkflow,
} from "../../workflows/quote"
import type { DemoAccounts } from "./accounts"
import type { DemoAdmin } from "./admin"
import type { DemoAgreementTemplate } from "./agreements"
import type { DemoCatalog } from "./catalog"
import type { DemoCustomer } from "./customers"
import type { DemoStore } from "./store"

/** Marks the seeded quote so a re-run finds it instead of creating another. */
export const DEMO_QUOTE_NOTE =
  "Demo quote from src/scripts/demo/quotes.ts; `npm run demo` re-sends it."

/** Marks the seeded quote the buyer accepts by signing the demo agreement. */
export const DEMO_AGREEMENT_QUOTE_NOTE =
  "Demo quote with an agreement to sign (30% deposit) from src/scripts/demo/quotes.ts; " +
  "`npm run demo` re-sends it."

export const DEMO_DEPOSIT_PERCENT = 30

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

export type DemoQuotes = {
  /** Accepted with a click: two required lines, two optional ones. */
  quote: DemoQuote
  /** Accepted by signing the "Supply agreement", with a 30% deposit invoice. */
  agreement_quote: DemoQuote
}

type Context = {
  store: DemoStore
  shipping: { shipping_option_id: string }
  catalog: DemoCatalog
  customer: DemoCustomer
  admin: DemoAdmin
  agreement: DemoAgreementTemplate
  /** The buyer's company: the quotes are for it. */
  company: DemoAccounts["customer_company"]
}

type DemoQuoteSpec = {
  /** The quote's internal note, by which a re-run finds it. */
  marker: string
  label: string
  build: (context: Context) => Omit<CreateQuoteWorkflowInput, "valid_until">
}

/**
 * Two quotes for the demo buyer, sent. Only a link's hash is stored, so every
 * run (re-)sends both quotes to get URLs to print; that revokes the previous links.
 */
export async function seedQuotes(
  container: MedusaContainer,
  context: Context
): Promise<DemoQuotes> {
  return {
    quote: await seedQuote(container, context, {
      marker: DEMO_QUOTE_NOTE,
      label: "Demo quote",
      build: plainQuote,
    }),
    agreement_quote: await seedQuote(container, context, {
      marker: DEMO_AGREEMENT_QUOTE_NOTE,
      label: "Demo quote to sign",
      build: agreementQuote,
    }),
  }
}

/** Finds the open quote carrying `spec.marker` (or creates it), extends its validity and sends it. */
async function seedQuote(
  container: MedusaContainer,
  context: Context,
  spec: DemoQuoteSpec
): Promise<DemoQuote> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
  const validUntil = new Date(Date.now() + VALIDITY_DAYS * 24 * 60 * 60 * 1000)
  const data = spec.build(context)

  // A quote the buyer accepted, declined or let expire is history; the demo needs an open one.
  // So is one an older demo made before quotes carried where they ship, or a company
  // (a sent quote's company cannot change).
  const [latest] = await quotes.listPortalQuotes(
    { customer_id: context.customer.id, internal_note: spec.marker, status: OPEN_STATUSES },
    {
      select: ["id", "agreement_template_id", "shipping_address", "company_id"],
      order: { created_at: "DESC" },
      take: 1,
    }
  )
  const open =
    latest?.shipping_address && latest.company_id === context.company.id ? latest : undefined
  let quoteId: string
  if (open) {
    quoteId = open.id
    // Points at the template's latest version again if staff edited or replaced it.
    const agreement =
      (open.agreement_template_id ?? null) !== (data.agreement_template_id ?? null)
        ? { agreement_template_id: data.agreement_template_id ?? null }
        : {}
    await updateQuoteWorkflow(container).run({
      input: { id: quoteId, valid_until: validUntil, actor_id: context.admin.id, ...agreement },
    })
  } else {
    const { result } = await createQuoteWorkflow(container).run({
      input: { ...data, valid_until: validUntil },
    })
    quoteId = result.id
  }

  const result = await sendQuote(container, { quote_id: quoteId, actor_id: context.admin.id })
  const quote = await quotes.retrievePortalQuote(quoteId, {
    select: ["display_number", "valid_until"],
  })
  const number = formatQuoteNumber(quote.display_number)
  logger.info(`${spec.label} ${number} ${open ? "re-sent" : "created and sent"}`)

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

function lineFrom(catalog: DemoCatalog) {
  return (sku: string, quantity: number, unit_price: number) => {
    const variant = catalog[sku]
    if (!variant) throw new Error(`Demo variant ${sku} is missing; was the catalog seeded?`)
    return {
      variant_id: variant.id,
      title: `${variant.product_title} (${variant.title})`,
      quantity,
      unit_price,
    }
  }
}

function quoteBase({ store, shipping, customer, admin, company }: Context) {
  return {
    customer_id: customer.id,
    company_id: company.id,
    // Ships to the buyer's default address by the demo's flat-rate freight.
    shipping_option_id: shipping.shipping_option_id,
    currency_code: store.currency_code,
    region_id: store.region_id,
    sales_channel_id: store.sales_channel_id,
    actor_id: admin.id,
  }
}

/** Racking and pallet jacks; the buyer accepts it with a click. */
function plainQuote(context: Context): Omit<CreateQuoteWorkflowInput, "valid_until"> {
  const line = lineFrom(context.catalog)
  return {
    ...quoteBase(context),
    terms:
      "Net 30 from delivery. Sales tax and freight as shown. " +
      "Delivery within 10 business days of acceptance.",
    internal_note: DEMO_QUOTE_NOTE,
    items: [
      line("RACK-144", 12, 599),
      line("JACK-4500", 2, 3290),
      { ...line("HIBAY-240", 8, 199), is_optional: true, is_selected: true },
      { ...line("GLOVE-L", 10, 79), is_optional: true },
    ],
  }
}

/** Lighting and consumables under the supply agreement: signed online, 30% deposit on signing. */
function agreementQuote(context: Context): Omit<CreateQuoteWorkflowInput, "valid_until"> {
  const line = lineFrom(context.catalog)
  return {
    ...quoteBase(context),
    terms:
      "Supplied under the attached supply agreement: 30% deposit on signing, balance net 30 " +
      "from delivery. Sales tax and freight as shown.",
    internal_note: DEMO_AGREEMENT_QUOTE_NOTE,
    agreement_template_id: context.agreement.id,
    deposit_percent: DEMO_DEPOSIT_PERCENT,
    items: [
      line("HIBAY-150", 24, 145),
      line("HIBAY-240", 16, 205),
      line("GLOVE-M", 20, 82),
      { ...line("GLOVE-XL", 5, 88), is_optional: true, is_selected: true },
      { ...line("RACK-96", 6, 459), is_optional: true },
    ],
  }
}
