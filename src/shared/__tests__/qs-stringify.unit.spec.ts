import qs from "qs"
import { stringify } from "../qs-stringify"

// The storefront's build puts src/shared/qs-stringify.ts in place of `qs` for Medusa's JS SDK
// (storefront-portal/vite.config.ts): it must write what qs writes for every query the
// SDK sends, with the option the SDK passes (skipNulls).
const QUERIES: Record<string, unknown>[] = [
  {},
  { limit: 20, offset: 40 },
  { q: "stretch wrap 20 in", order: "-created_at" },
  { status: ["sent", "viewed"], fields: "id,display_number,*items" },
  { region_id: "reg_01", filters: { company: { id: ["c1", "c2"] }, open: true } },
  { created_at: { $gte: new Date("2026-12-07T10:00:00.000Z") } },
  { skipped: null, missing: undefined, kept: "" },
  { nested: [{ a: 1 }, { b: [2, 3] }], empty: [] },
  { chars: "!'()*~-_.", unicode: "Größe café 東京 😀", spaces: "a b+c&d=e" },
  { "key with space": "value", "ümlaut[key]": "x" },
  { zero: 0, no: false, big: 12345678901234 },
]

describe("storefront qs-stringify", () => {
  it.each(QUERIES.map((query) => [JSON.stringify(query), query]))(
    "writes %s as qs.stringify does",
    (_label, query) => {
      expect(stringify(query, { skipNulls: true })).toBe(qs.stringify(query, { skipNulls: true }))
    }
  )
})
