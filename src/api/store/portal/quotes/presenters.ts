import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import {
  isOpenToBuyer,
  isPastValidity,
  type QuoteStatus,
  requiresSignature,
} from "../../../../modules/quote/status"
import type {
  StorePortalQuote,
  StorePortalQuoteStanding,
  StorePortalQuoteSummary,
} from "../../../../shared/http"
import type { Access } from "../../../../shared/permissions"
import { buyerStatus } from "../../../../workflows/quote/utils/buyer-access"
import { quoteOwnLanguage } from "../../../../workflows/shared/utils/contact-language"
import { onlyFields } from "../../../utils/only-fields"
import { presentQuote, type QuoteLike } from "../../../utils/present-quote"
import { BUYER_ADDRESS_FIELDS, BUYER_QUOTE_FIELDS } from "./query-config"

// What a buyer's quote routes answer, through a link or signed in
// (src/shared/http/quotes.ts).

/** The fields of the buyer view for `access`: a contact's addresses are read apart. */
const MEMBER_QUOTE_FIELDS = BUYER_QUOTE_FIELDS.filter(
  (field) => !field.startsWith("customer.addresses.")
)
const buyerFieldsFor = (access?: Access) =>
  access?.kind === "member" ? MEMBER_QUOTE_FIELDS : BUYER_QUOTE_FIELDS

/** The customer fields of the buyer view, as the customer module names them. */
const BUYER_CUSTOMER_FIELDS = BUYER_QUOTE_FIELDS.filter(
  (field) => field.startsWith("customer.") && !field.startsWith("customer.addresses.")
).map((field) => field.slice("customer.".length))

type StandingSource = {
  status?: string
  valid_until?: Date | string | null
  agreement_template_id?: string | null
}

/**
 * Where the buyer stands (src/shared/http/quotes.ts, StorePortalQuoteStanding): an
 * open quote past its validity is expired, and only an open one may be answered. A
 * member sees a request staff took up (a draft) as `requested`, being prepared;
 * staff and link holders see drafts as such.
 */
function buyerStanding(quote: StandingSource, member: boolean): StorePortalQuoteStanding {
  const status = quote.status as QuoteStatus
  const expired =
    status === "expired" || (isOpenToBuyer(status) && isPastValidity(quote.valid_until))
  const shown = expired ? "expired" : status
  return {
    ...((member ? buyerStatus(shown) : { status: shown }) as Pick<
      StorePortalQuoteStanding,
      "status" | "being_prepared"
    >),
    can_respond: isOpenToBuyer(status) && !expired,
    requires_signature: requiresSignature(quote),
  }
}

/**
 * The buyer view of a quote record shaped as Query answers it (the quote's
 * columns, `items`, `messages`, `customer`, `order`): only the buyer's fields,
 * a contact's own addresses (`own`), the number, totals and what the buyer may
 * do now.
 */
function presentBuyerQuote<T extends object>(
  data: T,
  access?: Access,
  own?: Record<string, unknown>[] | null
): StorePortalQuote {
  const fields = buyerFieldsFor(access)
  const record = onlyFields(data as Record<string, unknown>, fields) as T &
    QuoteLike & { customer?: Record<string, unknown> | null }
  if (own && record.customer) {
    record.customer = {
      ...record.customer,
      addresses: own.map((address) => onlyFields(address, BUYER_ADDRESS_FIELDS)),
    }
  }
  return {
    // Query's dates become the contract's strings in JSON (docs/ARCHITECTURE.md, "Routes and guards").
    ...(presentQuote(record) as unknown as StorePortalQuote),
    ...buyerStanding(data as StandingSource, access?.kind === "member"),
  }
}

/**
 * Where the buyer stands on a quote the caller may reach (buyerQuoteId), from its status,
 * validity and agreement alone: one small read, for accept to tell "sign instead" from go.
 */
export async function fetchBuyerStanding(
  scope: MedusaContainer,
  id: string,
  access?: Access
): Promise<StorePortalQuoteStanding> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: ["status", "valid_until", "agreement_template_id"],
    filters: { id },
  })
  return buyerStanding(data[0] ?? {}, access?.kind === "member")
}

/**
 * The quote as its buyer sees it, with what the page needs to act. Through the
 * link, `customer.addresses` are the quote customer's; for a logged-in contact
 * (`access` of kind member) they are the contact's own, the ones they may ship
 * to (`addressBookOwner`): a colleague never sees the addressee's address book.
 */
export async function fetchBuyerQuote(scope: MedusaContainer, id: string, access?: Access) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const member = access?.kind === "member" ? access : null
  const [{ data }, own] = await Promise.all([
    query.graph({
      entity: "portal_quote",
      fields: [...buyerFieldsFor(access), "agreement_template_id"],
      filters: { id },
    }),
    member
      ? query.graph({
          entity: "customer_address",
          fields: BUYER_ADDRESS_FIELDS,
          filters: { customer_id: member.customer_id },
        })
      : null,
  ])
  return presentBuyerQuote(data[0], access, own?.data)
}

/**
 * The buyer view of a quote the caller may reach (buyerQuoteId) after one of their actions:
 * the quote with its lines and thread in one statement, then presentViewedQuote's reads, as
 * the token view answers it (docs/ARCHITECTURE.md, "Routes and guards").
 */
export async function fetchActedQuote(
  scope: MedusaContainer,
  id: string,
  access: Access,
  /** The quote's order as the action that made it answered, so it is not read again. */
  order?: { id: string; display_id: number }
): Promise<StorePortalQuote> {
  const quotes: QuoteModuleService = scope.resolve(QUOTE_MODULE)
  const raw = await quotes.readQuoteWithLines(id)
  if (!raw) throw refusal(MedusaError.Types.NOT_FOUND, "quote.not_found", { id })
  return (await presentViewedQuote(scope, raw, access, order)).quote
}

/**
 * The buyer view of a quote `recordView` already read, so the token view adds only the
 * customer's reads (docs/ARCHITECTURE.md, "Routes and guards"). Also answers the customer,
 * for the agreement.
 */
export async function presentViewedQuote(
  scope: MedusaContainer,
  quote: Record<string, unknown> & {
    customer_id?: unknown
    order_id?: unknown
    language?: unknown
    company_id?: unknown
  },
  access: Access,
  knownOrder?: { id: string; display_id: number }
) {
  const member = access.kind === "member" ? access : null
  // Without a language of its own, a quote reads in its company's (quoteOwnLanguage).
  const languageCompany = quote.language ? null : ((quote.company_id as string | null) ?? null)
  const [read, own, order] = await Promise.all([
    readBuyerCustomer(scope, quote.customer_id as string, !member, languageCompany),
    member
      ? scope
          .resolve(Modules.CUSTOMER)
          .listCustomerAddresses(
            { customer_id: member.customer_id },
            { select: BUYER_ADDRESS_FIELDS }
          )
      : null,
    knownOrder && knownOrder.id === quote.order_id
      ? [knownOrder]
      : quote.order_id
        ? scope
            .resolve(Modules.ORDER)
            .listOrders({ id: quote.order_id as string }, { select: ["id", "display_id"] })
        : null,
  ])
  const { company_language, ...customer } = read ?? {}
  const record: Record<string, unknown> = { ...quote }
  if (read) record.customer = customer
  if (order?.[0]) record.order = order[0]
  return {
    quote: presentBuyerQuote(record, access, own as Record<string, unknown>[] | null),
    customer: read ? customer : null,
    /** The language chosen for the quote: its own, else its company's; null for neither. */
    language: read
      ? (((quote.language as string | null) ?? company_language ?? null) as string | null)
      : // No customer row to read it with (the customer was deleted): read it apart.
        await quoteOwnLanguage(scope, quote as { language?: string; company_id?: string }),
  }
}

/** The customer's columns and, for a link, their addresses as one JSON array, in one statement. */
const BUYER_CUSTOMER_SQL = `SELECT ${["id", ...BUYER_CUSTOMER_FIELDS].map((field) => `c.${field}`).join(", ")}`
const BUYER_ADDRESSES_SQL = `COALESCE((SELECT json_agg(json_build_object(${BUYER_ADDRESS_FIELDS.map(
  (field) => `'${field}', a.${field}`
).join(", ")}) ORDER BY a.created_at, a.id)
   FROM customer_address a WHERE a.customer_id = c.id AND a.deleted_at IS NULL), '[]'::json)`

/**
 * The quote's customer as the buyer view shows them, with their address book for a link
 * holder (a contact picks from their own, read apart), and the language of `companyId` when
 * given (`company_language`, from the accounts module's table, in the same statement). One plain SQL read of the customer
 * module's `customer` and `customer_address`, as the catalog reads Medusa's tables
 * (docs/ARCHITECTURE.md, "Catalog", SQL on Medusa's tables): every token view reads it, and
 * through the module it built an entity per customer and address.
 */
async function readBuyerCustomer(
  scope: MedusaContainer,
  customerId: string,
  withAddresses: boolean,
  companyId: string | null
): Promise<Record<string, unknown> | undefined> {
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const companyLanguage = companyId
    ? `, (SELECT pc.language FROM portal_company pc WHERE pc.id = ? AND pc.deleted_at IS NULL) AS company_language`
    : ""
  const { rows } = await db.raw<{ rows: Record<string, unknown>[] }>(
    `${BUYER_CUSTOMER_SQL}${withAddresses ? `, ${BUYER_ADDRESSES_SQL} AS addresses` : ""}${companyLanguage}
       FROM customer c WHERE c.id = ? AND c.deleted_at IS NULL`,
    companyId ? [companyId, customerId] : [customerId]
  )
  return rows[0]
}

/** One line of a contact's quote list: number, status as the buyer sees it, total, and who it is for. */
export function presentMemberQuoteSummary(
  record: Record<string, unknown>
): Omit<StorePortalQuoteSummary, "unread_count"> {
  const quote = presentQuote(record as QuoteLike & Record<string, unknown>)
  const customer = record.customer as { first_name?: string; last_name?: string } | null
  const order = record.order as { id: string; display_id: number } | null
  return {
    id: record.id as string,
    number: quote.number as string,
    ...(buyerStanding(record as StandingSource, true) as Pick<
      StorePortalQuoteSummary,
      "status" | "being_prepared" | "can_respond" | "requires_signature"
    >),
    currency_code: quote.currency_code as string,
    total: quote.totals?.total ?? 0,
    // Dates as Query reads them; strings in JSON.
    valid_until: (quote.valid_until ?? null) as string | null,
    sent_at: (record.sent_at ?? null) as string | null,
    accepted_at: (record.accepted_at ?? null) as string | null,
    declined_at: (record.declined_at ?? null) as string | null,
    addressed_to: [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || null,
    order: order ? { id: order.id, display_id: order.display_id } : null,
  }
}
