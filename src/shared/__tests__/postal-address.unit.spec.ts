import { formatPostalAddress } from "../postal-address"

describe("formatPostalAddress", () => {
  const base = {
    first_name: "Ana",
    last_name: "Buyer",
    company: "Acme Tools",
    address_1: "100 Industrial Way",
  }

  it("writes a US address as its post reads it: Columbus, OH 43215", () => {
    expect(
      formatPostalAddress({
        ...base,
        city: "Columbus",
        province: "OH",
        postal_code: "43215",
        country_code: "us",
      })
    ).toEqual(["Ana Buyer", "Acme Tools", "100 Industrial Way", "Columbus, OH 43215", "US"])
  })

  it("writes Medusa's ISO province code as the post does", () => {
    expect(
      formatPostalAddress({
        city: "Springfield",
        province: "us-il",
        postal_code: "62701",
        country_code: "us",
      })
    ).toEqual(["Springfield, IL 62701", "US"])
  })

  it("puts the postcode before the city in Germany and France", () => {
    const de = formatPostalAddress({ city: "Berlin", postal_code: "10115", country_code: "de" })
    const fr = formatPostalAddress({ city: "Paris", postal_code: "75001", country_code: "FR" })
    expect(de).toEqual(["10115 Berlin", "DE"])
    expect(fr).toEqual(["75001 Paris", "FR"])
  })

  it("gives a UK postcode its own line after the town", () => {
    expect(
      formatPostalAddress({ city: "London", postal_code: "SW1A 1AA", country_code: "gb" })
    ).toEqual(["London", "SW1A 1AA", "GB"])
  })

  it("writes a Canadian and an Australian city line their own way", () => {
    expect(
      formatPostalAddress({
        city: "Toronto",
        province: "ON",
        postal_code: "M5V 2T6",
        country_code: "ca",
      })
    ).toEqual(["Toronto, ON M5V 2T6", "CA"])
    expect(
      formatPostalAddress({
        city: "Sydney",
        province: "NSW",
        postal_code: "2000",
        country_code: "au",
      })
    ).toEqual(["Sydney NSW 2000", "AU"])
  })

  it("leaves out empty parts, and the name when asked", () => {
    expect(
      formatPostalAddress(
        {
          ...base,
          address_2: " ",
          city: "Columbus",
          province: null,
          postal_code: "43215",
          country_code: "us",
        },
        { name: false }
      )
    ).toEqual(["Acme Tools", "100 Industrial Way", "Columbus, 43215", "US"])
    expect(formatPostalAddress(null)).toEqual([])
  })
})
