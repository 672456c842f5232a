import { refusalOf, refusalText } from "../../../../lib/refusal"
import { parseCalendarDate, promisedDates } from "../acknowledge-purchase-order"
import { isPdf } from "../submit-supplier-bill"

const order = {
  number: "PO-1001",
  lines: [
    { id: "poline_a", promised_at: null },
    { id: "poline_b", promised_at: null },
  ],
}
const today = new Date("2026-11-30T15:00:00Z")

describe("promised dates of an acknowledgement", () => {
  it("takes one date per line, today or later", () => {
    expect(
      promisedDates(
        order,
        [
          { line_id: "poline_a", promised_at: "2026-11-30" },
          { line_id: "poline_b", promised_at: "2027-01-15" },
        ],
        today
      )
    ).toEqual([
      { line_id: "poline_a", promised_at: "2026-11-30" },
      { line_id: "poline_b", promised_at: "2027-01-15" },
    ])
  })

  it.each([
    ["a line left out", [{ line_id: "poline_a", promised_at: "2026-12-01" }], /every line/],
    [
      "a line twice",
      [
        { line_id: "poline_a", promised_at: "2026-12-01" },
        { line_id: "poline_a", promised_at: "2026-12-02" },
      ],
      /twice/,
    ],
    [
      "another PO's line",
      [
        { line_id: "poline_a", promised_at: "2026-12-01" },
        { line_id: "poline_x", promised_at: "2026-12-01" },
      ],
      /not on purchase order PO-1001/,
    ],
    [
      "a date in the past",
      [
        { line_id: "poline_a", promised_at: "2026-11-29" },
        { line_id: "poline_b", promised_at: "2026-12-01" },
      ],
      /in the past/,
    ],
    [
      "no such day",
      [
        { line_id: "poline_a", promised_at: "2027-02-30" },
        { line_id: "poline_b", promised_at: "2026-12-01" },
      ],
      /must be a date/,
    ],
  ])("refuses %s", (_label, lines, message) => {
    expect(() => promisedDates(order, lines, today)).toThrow(message)
  })

  it("says what is wrong in the supplier's language, with the dates it compared", () => {
    let error: unknown
    try {
      promisedDates(order, [{ line_id: "poline_a", promised_at: "2026-11-29" }], today)
    } catch (thrown) {
      error = thrown
    }
    expect((error as Error).message).toBe(
      "The promised date 2026-11-29 is in the past (today is 2026-11-30, UTC)"
    )
    const refused = refusalOf(error)!
    expect(refused.refusal_key).toBe("procurement.acknowledgement.in_the_past")
    expect(refusalText("de", refused.refusal_key, refused.refusal_values)).toBe(
      "Der zugesagte Termin 2026-11-29 liegt in der Vergangenheit (heute ist der 2026-11-30, UTC)"
    )
  })
})

describe("calendar dates", () => {
  it("reads YYYY-MM-DD as that day's UTC midnight and nothing else", () => {
    expect(parseCalendarDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z")
    for (const text of ["2027-02-29", "2026-13-01", "26-11-30", "2026-11-30T00:00:00Z", ""]) {
      expect(parseCalendarDate(text)).toBeNull()
    }
  })
})

describe("a bill's PDF", () => {
  it("is recognised by its header, not its name", () => {
    expect(isPdf(Buffer.from("%PDF-1.7\n..."))).toBe(true)
    expect(isPdf(Buffer.from("%PDF"))).toBe(false)
    expect(isPdf(Buffer.from("<html>%PDF-1.7"))).toBe(false)
    expect(isPdf(Buffer.alloc(0))).toBe(false)
  })
})
