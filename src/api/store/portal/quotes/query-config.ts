// The fields a buyer's quote routes read and answer, as Medusa's
// query-config.ts (docs/ARCHITECTURE.md, "Routes and guards").

/** What a buyer sees of each address they may ship to. */
export const BUYER_ADDRESS_FIELDS = [
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
export const BUYER_QUOTE_FIELDS = [
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

/** What a contact sees of a quote in a list; ordering names only these columns. */
export const MEMBER_QUOTE_LIST_COLUMNS = [
  "display_number",
  "status",
  "valid_until",
  "sent_at",
  "accepted_at",
  "created_at",
] as const

/** The list answers MEMBER_QUOTE_LIST_FIELDS, one quote the buyer view (./presenters.ts). */
export const listTransformQueryConfig = { defaults: MEMBER_QUOTE_LIST_FIELDS, isList: true }

export const retrieveTransformQueryConfig = { defaults: BUYER_QUOTE_FIELDS, isList: false }
