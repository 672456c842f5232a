import { refusalOf, refusalText } from "../../../lib/refusal"
import {
  findInputProblem,
  MAX_INPUT_DEPTH,
  pathProblem,
  queryStringProblem,
  unsafeTextReason,
} from "../input-guard"

describe("unsafeTextReason", () => {
  it.each([
    ["plain text", "Net 30.", null],
    ["emoji (a surrogate pair)", "ok 👍", null],
    ["a NUL byte", "a\u0000b", "contains a NUL character"],
    ["a lone high surrogate", "x\ud800", "is not valid Unicode (a lone surrogate)"],
    ["a lone low surrogate", "\udfffx", "is not valid Unicode (a lone surrogate)"],
    ["a reversed pair", "\udc00\ud800", "is not valid Unicode (a lone surrogate)"],
  ])("%s", (_label, text, expected) => {
    expect(unsafeTextReason(text)).toBe(expected)
  })
})

describe("findInputProblem", () => {
  it("accepts ordinary bodies", () => {
    expect(findInputProblem({ items: [{ title: "Printer", quantity: 2 }], ok: true }, "body")).toBe(
      null
    )
  })

  it("names the field with bad text, in values and in keys", () => {
    const nul = findInputProblem({ items: [{ title: "a\u0000" }] }, "body")
    expect(nul?.message).toBe("body.items.0.title contains a NUL character")
    expect(refusalOf(nul)).toEqual({
      refusal_key: "input.text_nul",
      refusal_values: { field: "body.items.0.title" },
    })
    const key = findInputProblem({ ["k\ud800"]: 1 }, "query")
    expect(key?.message).toBe("A key in query is not valid Unicode (a lone surrogate)")
    expect(refusalText("de", key!.refusal_key, key!.refusal_values)).toBe(
      "Ein Schlüssel in query ist kein gültiges Unicode (ein einzelnes Surrogat)"
    )
  })

  it("refuses nesting past the limit without overflowing the stack", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(findInputProblem(deep, "body")?.message).toMatch(/nested deeper than 32 levels/)

    let justDeepEnough: unknown = "leaf"
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) justDeepEnough = [justDeepEnough]
    expect(findInputProblem(justDeepEnough, "body")).toBe(null)
  })
})

describe("pathProblem", () => {
  it("accepts our paths with ids and tokens", () => {
    expect(pathProblem("/admin/portal/quotes/quote_01HZX/items/qitem_1")).toBe(null)
    expect(pathProblem(`/store/portal/quote-links/${"A-z_9".repeat(8)}`)).toBe(null)
  })

  it.each(["%C0%AE", "%ED%A0%80", "%FF", "%"])("refuses undecodable %s", (segment) => {
    expect(pathProblem(`/admin/portal/quotes/${segment}`)?.message).toMatch(
      /not valid percent-encoded/
    )
  })

  it.each(["%00", "..%2F..%2Fetc", "%2e%2e", "..", "a%20b", "x".repeat(201)])(
    "refuses the odd id %s",
    (segment) => {
      expect(pathProblem(`/admin/portal/quotes/${segment}`)?.message).toMatch(/is not a valid id/)
    }
  )
})

describe("queryStringProblem", () => {
  it("accepts ordinary queries", () => {
    expect(queryStringProblem("limit=20&q=Q-1001&status[]=sent&order=-created_at")).toBe(null)
    expect(queryStringProblem("q=a+b%20c")).toBe(null)
  })

  it("refuses undecodable names and values, and dotted names", () => {
    expect(queryStringProblem("q=%ED%A0%80")?.message).toMatch(/"q" is not valid percent-encoded/)
    expect(queryStringProblem("%FF=1")?.message).toMatch(/not valid percent-encoded/)
    expect(queryStringProblem("a.b.c=1")?.message).toBe('Unknown query parameter "a.b.c"')
    expect(refusalText("fr", "input.query_unknown", { name: "a.b.c" })).toBe(
      "Paramètre de requête inconnu « a.b.c »"
    )
  })
})
