import { formatPostalAddress } from "./postal-address"

/**
 * The address a quote ships to: a copy of one of the customer's addresses,
 * taken when staff choose it (or the buyer picks another at acceptance), in
 * the shape Medusa's order takes as its shipping address.
 */
export type QuoteShippingAddress = {
  customer_address_id: string | null
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  phone: string | null
}

const FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
] as const

type AddressLike = Partial<Record<(typeof FIELDS)[number] | "id", string | null | undefined>>

export function toQuoteShippingAddress(address: AddressLike): QuoteShippingAddress {
  const copy = { customer_address_id: address.id ?? null } as QuoteShippingAddress
  for (const field of FIELDS) copy[field] = address[field] ?? null
  if (copy.country_code) copy.country_code = copy.country_code.toLowerCase()
  return copy
}

/** The address as Medusa's order takes it (no id of ours). */
export function toOrderAddress(address: QuoteShippingAddress) {
  const { customer_address_id: _id, ...fields } = address
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null))
}

/** One line per part, for documents and pages, in the country's order (postal-address.ts). */
export const formatQuoteAddress = (address: QuoteShippingAddress | null | undefined): string[] =>
  formatPostalAddress(address)
