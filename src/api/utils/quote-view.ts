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

/**
 * The quote as its buyer sees it, with what the page needs to act. Through the
 * link, `customer.addresses` are the quote customer's; for a logged-in contact
 * (`access` of kind member) they are the contact's own, the ones they may ship
 * to (`addressBookOwner`): a colleague never sees the addressee's address book.
 */
export async function fetchBuyerQuote(scope: MedusaContainer, id: string, access?: Access) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const member = access?.kind === "member" ? access : null
  const fields = member
    ? BUYER_QUOTE_FIELDS.filter((field) => !field.startsWith("customer.addresses."))
    : BUYER_QUOTE_FIELDS
  const [{ data }, own] = await Promise.all([
    query.graph({
      entity: "portal_quote",
      fields: [...fields, "agreement_template_id"],
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
  const record = onlyFields(data[0], fields) as (typeof data)[0]
  if (own && record.customer) {
    record.customer = {
      ...record.customer,
      addresses: own.data.map((address) => onlyFields(address, BUYER_ADDRESS_FIELDS)),
    } as typeof record.customer
  }
  const quote = presentQuote(record)
  const status = quote.status as QuoteStatus
  const expired =
    status === "expired" || (isOpenToBuyer(status) && isPastValidity(quote.valid_until))
  return {
    ...quote,
    status: expired ? "expired" : status,
    can_respond: isOpenToBuyer(status) && !expired,
    requires_signature: requiresSignature(data[0]),
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
    status: expired ? "expired" : status,
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

/**
 * The merchant's name and look for the buyer's page, from the portal settings;
 * without a display name there, the store's own name.
 */
export async function fetchBranding(scope: MedusaContainer) {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  let name = settings.display_name
  if (!name) {
    const stores = scope.resolve(Modules.STORE)
    const [store] = await stores.listStores({}, { select: ["name"], take: 1 })
    name = store?.name || "Our store"
  }
  return { name, logo_url: settings.logo_url, primary_color: settings.primary_color }
}
