/**
 * One way to write a postal address on every page, email and paper
 * (docs/ARCHITECTURE.md, "Storefront portal"): the lines in the order the
 * destination country's post reads them. The city line is where countries
 * differ: "Columbus, OH 43215" in the US, "10115 Berlin" in Germany and most
 * of Europe, the town then the postcode on its own line in the UK.
 */
export type PostalAddressParts = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
}

const joined = (separator: string, ...parts: Array<string | null | undefined>) =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(separator)

/** Medusa's ISO 3166-2 province ("us-oh") as the post writes it ("OH"); anything else as given. */
function region(province: string | null | undefined, country: string) {
  const value = province?.trim() ?? ""
  return country && value.toUpperCase().startsWith(`${country}-`)
    ? value.slice(country.length + 1).toUpperCase()
    : value
}

/** City, region and postcode as `country`'s post writes them: one line, or two (UK). */
function placeLines(address: PostalAddressParts, country: string): string[] {
  const { city, postal_code: postcode } = address
  const province = region(address.province, country)
  switch (country) {
    case "US":
    case "CA":
      // "Columbus, OH 43215", "Toronto, ON M5V 2T6"
      return [joined(", ", city, joined(" ", province, postcode))]
    case "AU":
      // "Sydney NSW 2000"
      return [joined(" ", city, province, postcode)]
    case "GB":
    case "IE":
      // The town, then the county, then the postcode on a line of its own.
      return [city, province, postcode].map((part) => part?.trim() ?? "")
    default:
      // "10115 Berlin", "75001 Paris", "00144 Roma RM".
      return [joined(" ", postcode, city, province)]
  }
}

/** The address's lines, name first and country last; empty parts are left out. */
export function formatPostalAddress(
  address: PostalAddressParts | null | undefined,
  options: { name?: boolean } = {}
): string[] {
  if (!address) return []
  const country = address.country_code?.trim().toUpperCase() ?? ""
  return [
    options.name === false ? "" : joined(" ", address.first_name, address.last_name),
    address.company?.trim() ?? "",
    address.address_1?.trim() ?? "",
    address.address_2?.trim() ?? "",
    ...placeLines(address, country),
    country,
  ].filter(Boolean)
}
