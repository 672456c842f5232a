import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_SUPPLIER_CONTACT, seedAccounts } from "./accounts"
import { seedAdmin } from "./admin"
import { seedAgreementTemplate } from "./agreements"
import { seedCatalog } from "./catalog"
import { seedConversation } from "./conversations"
import { seedCustomers } from "./customers"
import { seedDocuments } from "./documents"
import { seedPortalCatalog } from "./portal-catalog"
import { seedProcurement } from "./procurement"
import { DEMO_DEPOSIT_PERCENT, type DemoQuote, seedQuotes } from "./quotes"
import { seedShippingAndTax } from "./shipping"
import { ensurePortalChannel } from "../../workflows/portal"
import { seedStore } from "./store"
import { seedWorkRequests } from "./work-requests"

/** Where the seed leaves what `npm run demo` prints (git-ignored: it holds the demo login). */
export const DEMO_INFO_FILE =
  process.env.DEMO_INFO_FILE || join(process.cwd(), ".data", "demo.json")

/**
 * `npx medusa exec ./src/scripts/demo/seed.ts`. Safe to run again: it creates only what is
 * missing and re-sends the demo quotes and invitation for fresh links
 * (docs/ARCHITECTURE.md, "Demo").
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const store = await seedStore(container)
  // The storefront portal runs on the portal's own key (docs/ARCHITECTURE.md, "Portal sales channel").
  const portalChannel = await ensurePortalChannel(container)
  const shipping = await seedShippingAndTax(container, store)
  const catalog = await seedCatalog(container, store)
  const customer = await seedCustomers(container)
  const admin = await seedAdmin(container)
  const agreement = await seedAgreementTemplate(container)
  const accounts = await seedAccounts(container, { admin, buyer: customer })
  const quotes = await seedQuotes(container, {
    store,
    shipping,
    catalog,
    customer,
    admin,
    agreement,
    company: accounts.customer_company,
  })
  // The portal's catalog, stock and discounts (docs/ARCHITECTURE.md, "Catalog" and "Money").
  const portalCatalog = await seedPortalCatalog(container, {
    store,
    portal_sales_channel_id: portalChannel.sales_channel.id,
    company: accounts.customer_company,
    actor_id: admin.id,
  })
  // Files shared with the customer company, once the settings turned Documents on
  // (docs/ARCHITECTURE.md, "Documents").
  const documents = await seedDocuments(container, {
    company: accounts.customer_company,
    quote: quotes.quote,
    actor_id: admin.id,
  })
  // A job and a support ticket from the customer company, and the documents it is asked
  // for (docs/ARCHITECTURE.md, "Work requests").
  const workRequests = await seedWorkRequests(container, {
    company: accounts.customer_company,
    customer_id: customer.id,
    actor_id: admin.id,
  })
  // A conversation staff started with the customer company, answered by its buyer
  // (docs/ARCHITECTURE.md, "Conversations").
  const conversation = await seedConversation(container, {
    company: accounts.customer_company,
    customer_id: customer.id,
    actor_id: admin.id,
  })
  // A purchase order to the supplier company, sent and acknowledged: the wrap's
  // incoming stock and its expected date (docs/ARCHITECTURE.md, "Procurement").
  const procurement = await seedProcurement(container, {
    supplier_company: accounts.supplier_company,
    supplier_email: DEMO_SUPPLIER_CONTACT.email,
    currency_code: store.currency_code,
    actor_id: admin.id,
  })

  const info = {
    generated_at: new Date().toISOString(),
    store: { name: store.name, currency_code: store.currency_code },
    admin: { email: admin.email, password: admin.password },
    publishable_key: store.publishable_key,
    portal_publishable_key: portalChannel.publishable_key.token,
    portal_sales_channel: portalChannel.sales_channel.name,
    customer: { email: customer.email, company: accounts.customer_company.name },
    portal_logins: accounts.logins,
    portal_catalog: {
      ...portalCatalog,
      incoming: {
        ...portalCatalog.incoming,
        incoming: procurement.incoming_quantity,
        expected_at: procurement.promised_at,
      },
    },
    procurement,
    documents,
    work_requests: workRequests,
    conversation,
    region_id: store.region_id,
    invitation: accounts.invitation,
    quote: quoteInfo(quotes.quote),
    agreement_quote: {
      ...quoteInfo(quotes.agreement_quote),
      deposit_percent: DEMO_DEPOSIT_PERCENT,
      agreement: { id: agreement.id, name: agreement.name, version: agreement.version },
    },
  }
  mkdirSync(dirname(DEMO_INFO_FILE), { recursive: true })
  writeFileSync(DEMO_INFO_FILE, JSON.stringify(info, null, 2) + "\n", { mode: 0o600 })
  logger.info(`Demo data written to ${DEMO_INFO_FILE}`)
}

function quoteInfo(quote: DemoQuote) {
  return {
    id: quote.id,
    number: quote.number,
    url: quote.url,
    token: quote.token,
    valid_until: quote.valid_until,
    link_expires_at: quote.link_expires_at,
  }
}
