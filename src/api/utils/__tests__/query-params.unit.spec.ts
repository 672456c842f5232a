import { isServedField, listQueryParams, MAX_LIMIT, selectQueryParams } from "../query-params"

const SERVED = ["id", "status", "created_at", "items.*", "customer.email"]

describe("isServedField", () => {
  it.each(["id", "+status", "-created_at", "*items", "items.title", "customer.email"])(
    "serves %s",
    (entry) => expect(isServedField(entry, SERVED)).toBe(true)
  )
  it.each(["", "+", "secret", "customer.password", "*customer", "items"])(
    "does not serve %s",
    (entry) => expect(isServedField(entry, SERVED)).toBe(false)
  )
})

describe("listQueryParams", () => {
  const schema = listQueryParams({ fields: SERVED, order: "-created_at" })

  it("fills the defaults and reads numbers from the query string", () => {
    expect(schema.parse({})).toEqual({ offset: 0, limit: 20, order: "-created_at" })
    expect(
      schema.parse({ limit: "5", offset: "10", order: "status", fields: "id,*items" })
    ).toEqual({ limit: 5, offset: 10, order: "status", fields: "id,*items" })
  })

  it.each([
    { limit: "-1" },
    { offset: "-5" },
    { limit: "abc" },
    { limit: "1e999" },
    { limit: "99999999999999999999" },
    { limit: String(MAX_LIMIT + 1) },
    { offset: "1.5" },
    { limit: ["1", "2"] },
    { order: "nope" },
    { order: "-items" },
    { order: "customer.email" },
    { fields: "id,nope" },
  ])("refuses %j", (query) => {
    expect(schema.safeParse(query).success).toBe(false)
  })

  it("only orders by the route's own columns", () => {
    expect(schema.safeParse({ order: "-status" }).success).toBe(true)
  })
})

describe("selectQueryParams", () => {
  it("takes served fields and nothing else", () => {
    const schema = selectQueryParams(SERVED)
    expect(schema.parse({ fields: "id,status" })).toEqual({ fields: "id,status" })
    expect(schema.safeParse({ fields: "secret" }).success).toBe(false)
    expect(schema.safeParse({ other: "1" }).success).toBe(false)
  })
})
