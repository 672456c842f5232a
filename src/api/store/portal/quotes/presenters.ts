import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../modules/agreement"
import type AgreementModuleService from "../../modules/agreement/service"
import {
  canTransition,
  formatQuoteNumber,
  isDuplicable,
  isEditable,
  isOpenToBuyer,
  isPastValidity,
  QuoteStatus,
  requiresSignature,
} from "../../modules/quote/status"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { QUOTE_COLUMNS } from "../../modules/quote/fields"
import type { Access } from "../../shared/permissions"
import { totalsOfQuote, QuoteTotals } from "../../shared/quote-totals"
import { buyerStatus } from "../../workflows/quote/buyer-access"
import { consentText } from "../../modules/agreement/build-document"
import { merchantDisplayName } from "../../shared/portal-settings"

export const ADMIN_QUOTE_LIST_FIELDS = [
  ...QUOTE_COLUMNS,
  "items.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
]

export const ADMIN_QUOTE_FIELDS = [
  ...ADMIN_QUOTE_LIST_FIELDS,
  "messages.*",
  "events.*",
  "links.id",
  "links.expires_at",
  "links.revoked_at",
  "links.created_at",
  "order.id",
  "order.display_id",
  "order.status",
]

/** What a buyer sees of each address they may ship to. */
const BUYER_ADDRESS_FIELDS = [
  "id",
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
]

/**
 * What a buyer holding the link may see: no internal note, staff or link data, and
 * no ids of records that are not theirs to act on (customer, region, sales channel,
 * agreement template). Item ids stay: the buyer selects optional items by id.
 */
const BUYER_QUOTE_FIELDS = [
  "id",
  "status",
  "display_number",
  "currency_code",
  "valid_until",
  "deposit_percent",
  "deposit_amount",
  "shipping_address",
  "shipping_method_name",
  "shipping_amount",
  "shipping_tax_lines",
  "shipping_adjustments",
  "terms",
  "sent_at",
  "accepted_at",
  "declined_at",
  "decline_reason",
  "items.id",
  "items.title",
  "items.description",
  "items.sku",
  "items.thumbnail",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.discount_percent",
  "items.is_optional",
  "items.is_selected",
  "items.position",
  "items.tax_lines",
  "items.adjustments",
  "messages.id",
  "messages.author_type",
  "messages.author_name",
  "messages.body",
  "messages.created_at",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "customer.company_name",
  // The buyer confirms where the order ships, or picks another of their addresses.
  ...BUYER_ADDRESS_FIELDS.map((field) => `customer.addresses.${field}`),
  "order.id",
  "order.display_id",
]

type QuoteLike = {
  display_number?: number | string
  status?: string
  currency_code?: string
  valid_until?: Date | string | null
  deposit_percent?: number | null
  deposit_amount?: unknown
  items?: Array<Record<string, unknown> | null> | null
  messages?: Array<{ created_at?: Date | string } | null> | null
  events?: Array<{ created_at?: Date | string } | null> | null
}

const byPosition = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Number(a.position ?? 0) - Number(b.position ?? 0)
const byCreatedAt = (a: { created_at?: Date | string }, b: { created_at?: Date | string }) =>
  new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()

/** Adds the human number and the totals, and puts lists in reading order. */
export function presentQuote<T extends QuoteLike>(
  quote: T
): T & { number?: string; totals?: QuoteTotals } {
  const items = (quote.items ?? []).filter((item) => !!item) as Record<string, unknown>[]
  items.sort(byPosition)
  const presented: T & { number?: string; totals?: QuoteTotals } = { ...quote }
  if (quote.items) presented.items = items
  if (quote.messages) presented.messages = quote.messages.filter(Boolean).sort(byCreatedAt as never)
  if (quote.events) presented.events = quote.events.filter(Boolean).sort(byCreatedAt as never)
  if (quote.display_number != null) presented.number = formatQuoteNumber(quote.display_number)
  if (quote.items && quote.currency_code) {
    presented.totals = totalsOfQuote({
      ...quote,
      currency_code: quote.currency_code,
      items,
    } as never)
  }
  return presented
}

/** The audit trail of a signed agreement that staff see; the frozen document stays in the PDF. */
const ADMIN_SIGNED_AGREEMENT_FIELDS = [
  "id",
  "template_id",
  "template_version",
  "signer_name",
  "signer_email",
  "signed_at",
  "ip",
  "user_agent",
  "identified_by",
  "consent_text",
  "document_sha256",
  "pdf_sha256",
  "signature_sha256",
  "selected_item_ids",
] as const

/**
 * What staff may do with the quote now, from the status machine, so the admin
 * shows only the actions the server will accept.
 */
export function adminQuoteActions(status: QuoteStatus) {
  return {
    edit: isEditable(status),
    send: canTransition(status, "sent"),
    // A member's request: staff take it up as a draft to price (docs/ARCHITECTURE.md, "Quote requests").
    take_up: canTransition(status, "draft"),
    cancel: canTransition(status, "cancelled"),
    duplicate: isDuplicable(status),
  }
}

/**
 * The quote as the admin shows it: without `fields`, the full view with the
 * actions staff may take and the signed agreement; with `fields`, just those.
 */
export async function fetchAdminQuote(scope: MedusaContainer, id: string, fields?: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: fields ?? ADMIN_QUOTE_FIELDS,
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote ${id} was not found`)
  }
  const quote = presentQuote(data[0])
  if (fields) return quote
  const agreements: AgreementModuleService = scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: id },
    { select: [...ADMIN_SIGNED_AGREEMENT_FIELDS] }
  )
  return {
    ...quote,
    actions: adminQuoteActions(quote.status as QuoteStatus),
    signed_agreement: signed ?? null,
  }
}

/**
 * Only the listed fields (dotted paths into relations) of a Query result: Query also
 * answers the keys it links records by (`customer_id`, a relation's `id`), which a
 * buyer must not get just because they were needed to fetch the rest.
 */
export function onlyFields(record: Record<string, unknown>, fields: string[]) {
  const picked: Record<string, unknown> = {}
  const nested = new Map<string, string[]>()
  for (const field of fields) {
    const [head, ...rest] = field.split(".")
    if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join(".")])
    else if (head in record) picked[head] = record[head]
  }
  for (const [key, subfields] of nested) {
    if (!(key in record)) continue
    const value = record[key] as Record<string, unknown> | Record<string, unknown>[] | null
    picked[key] = Array.isArray(value)
      ? value.map((entry) => entry && onlyFields(entry, subfields))
      : value && onlyFields(value, subfields)
  }
  return picked
}

/** The fields of the buyer view for `access`: a contact's addresses are read apart. */
const buyerFieldsFor = (access?: Access) =>
  access?.kind === "member"
    ? BUYER_QUOTE_FIELDS.filter((field) => !field.startsWith("customer.addresses."))
    : BUYER_QUOTE_FIELDS

/** The customer fields of the buyer view, as the customer module names them. */
const BUYER_CUSTOMER_FIELDS = BUYER_QUOTE_FIELDS.filter(
  (field) => field.startsWith("customer.") && !field.startsWith("customer.addresses.")
).map((field) => field.slice("customer.".length))

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
) {
  const fields = buyerFieldsFor(access)
  const record = onlyFields(data as Record<string, unknown>, fields) as T &
    QuoteLike & { customer?: Record<string, unknown> | null }
  if (own && record.customer) {
    record.customer = {
      ...record.customer,
      addresses: own.map((address) => onlyFields(address, BUYER_ADDRESS_FIELDS)),
    }
  }
  const quote = presentQuote(record)
  const status = quote.status as QuoteStatus
  const expired =
    status === "expired" || (isOpenToBuyer(status) && isPastValidity(quote.valid_until))
  return {
    ...quote,
    // A member may see a request staff took up (a draft); staff and link holders see drafts as such.
    ...(access?.kind === "member"
      ? buyerStatus(expired ? "expired" : status)
      : { status: expired ? "expired" : status }),
    can_respond: isOpenToBuyer(status) && !expired,
    requires_signature: requiresSignature(data as { agreement_template_id?: string | null }),
  }
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
 * The same buyer view as `fetchBuyerQuote`, of a quote already read with its
 * lines and thread (`recordView` reads it back in its own statement): adds
 * its customer with their addresses in one statement (a contact's own
 * addresses in a second), and its order only when it has one
 * (docs/ARCHITECTURE.md, "Routes and guards", the token view). Also answers
 * the customer as read, for the agreement.
 */
export async function presentViewedQuote(
  scope: MedusaContainer,
  quote: Record<string, unknown> & { customer_id?: unknown; order_id?: unknown },
  access: Access
) {
  const customers = scope.resolve(Modules.CUSTOMER)
  const member = access.kind === "member" ? access : null
  const [[customer], own, order] = await Promise.all([
    customers.listCustomers(
      { id: quote.customer_id as string },
      member
        ? { select: ["id", ...BUYER_CUSTOMER_FIELDS] }
        : {
            select: [
              "id",
              ...BUYER_CUSTOMER_FIELDS,
              ...BUYER_ADDRESS_FIELDS.map((field) => `addresses.${field}`),
            ],
            relations: ["addresses"],
            // One statement for the customer and their addresses.
            options: { strategy: "joined" },
          }
    ),
    member
      ? customers.listCustomerAddresses(
          { customer_id: member.customer_id },
          { select: BUYER_ADDRESS_FIELDS }
        )
      : null,
    quote.order_id
      ? scope
          .resolve(Modules.ORDER)
          .listOrders({ id: quote.order_id as string }, { select: ["id", "display_id"] })
      : null,
  ])
  const record: Record<string, unknown> = { ...quote }
  if (customer) record.customer = customer
  if (order?.[0]) record.order = order[0]
  return {
    quote: presentBuyerQuote(record, access, own as Record<string, unknown>[] | null),
    customer: customer ?? null,
  }
}

/** What a contact's quote list needs: enough of each quote for its total and status. */
export const MEMBER_QUOTE_LIST_FIELDS = [
  "id",
  "status",
  "display_number",
  "currency_code",
  "valid_until",
  "sent_at",
  "accepted_at",
  "declined_at",
  "created_at",
  "deposit_percent",
  "deposit_amount",
  "shipping_amount",
  "shipping_tax_lines",
  "shipping_adjustments",
  "agreement_template_id",
  ...["quantity", "unit_price", "discount_percent", "is_optional", "is_selected"].map(
    (field) => `items.${field}`
  ),
  "items.tax_lines",
  "items.adjustments",
  "customer.first_name",
  "customer.last_name",
  "order.display_id",
]

/** One line of a contact's quote list: number, status as the buyer sees it, total, and who it is for. */
export function presentMemberQuoteSummary(record: Record<string, unknown>) {
  const quote = presentQuote(record as QuoteLike & Record<string, unknown>)
  const status = quote.status as QuoteStatus
  const expired =
    status === "expired" || (isOpenToBuyer(status) && isPastValidity(quote.valid_until))
  const customer = record.customer as { first_name?: string; last_name?: string } | null
  const order = record.order as { id: string; display_id: number } | null
  return {
    id: record.id as string,
    number: quote.number,
    ...buyerStatus(expired ? "expired" : status),
    can_respond: isOpenToBuyer(status) && !expired,
    requires_signature: requiresSignature(record as never),
    currency_code: quote.currency_code,
    total: quote.totals?.total ?? 0,
    valid_until: quote.valid_until ?? null,
    sent_at: record.sent_at ?? null,
    accepted_at: record.accepted_at ?? null,
    declined_at: record.declined_at ?? null,
    addressed_to: [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || null,
    order: order ? { id: order.id, display_id: order.display_id } : null,
  }
}

/** How long the store's name stays cached when Medusa announces no change. */
const STORE_NAME_TTL_SECONDS = 5 * 60

/** The cache key of the store's name, per settings row (a new database starts afresh). */
const storeNameKey = (settingsId: string) => `portal:store-name:${settingsId}`

/** Forgets the cached store name (src/subscribers/store-name-cache.ts, on Medusa's store events). */
export async function forgetStoreName(scope: MedusaContainer) {
  await scope.resolve(Modules.CACHE).invalidate(storeNameKey("*"))
}

/** The store's name (Medusa's Store module), kept in Medusa's cache until the store changes. */
async function storeName(scope: MedusaContainer, settingsId: string): Promise<string | null> {
  const cache = scope.resolve(Modules.CACHE)
  const cached = await cache.get<{ name: string | null }>(storeNameKey(settingsId))
  if (cached) return cached.name
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  const name = store?.name ?? null
  await cache.set(storeNameKey(settingsId), { name }, STORE_NAME_TTL_SECONDS)
  return name
}

/**
 * What a buyer's page reads of the portal settings and the store, with the
 * settings read once: the branding, the consent sentence shown next to the
 * signature box, and the merchant's name the agreement names.
 */
export async function fetchBuyerPageContext(scope: MedusaContainer) {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  const store = await storeName(scope, settings.id)
  return {
    branding: {
      name: merchantDisplayName(settings.display_name, store),
      logo_url: settings.logo_url,
      primary_color: settings.primary_color,
    },
    consent_text: settings.consent_text ?? consentText(),
    merchant_name: store ?? "Our store",
  }
}

/**
 * The merchant's name and look for the buyer's page, from the portal settings;
 * without a display name there, the store's own name.
 */
export async function fetchBranding(scope: MedusaContainer) {
  return (await fetchBuyerPageContext(scope)).branding
}
