import {
  can,
  CUSTOMER_PERMISSIONS,
  DEFAULT_TEAMS,
  effectivePermissions,
  memberPermissions,
  isPermission,
  PERMISSION_KEYS,
  SUPPLIER_PERMISSIONS,
} from "../permissions"

describe("the permission catalogue", () => {
  it("splits every permission into the customer side or the supplier side, never both", () => {
    const sides = [...CUSTOMER_PERMISSIONS, ...SUPPLIER_PERMISSIONS]
    expect([...sides].sort()).toEqual([...PERMISSION_KEYS].sort())
    expect(new Set(sides).size).toBe(sides.length)
  })

  it("gives the two default teams one side each", () => {
    expect(DEFAULT_TEAMS.map((team) => team.name)).toEqual([
      "Customer Portal Users",
      "Customer Portal Supplier Users",
    ])
    expect(DEFAULT_TEAMS[0].permissions).toEqual(CUSTOMER_PERMISSIONS)
    expect(DEFAULT_TEAMS[1].permissions).toEqual(SUPPLIER_PERMISSIONS)
  })

  it("knows its own names only", () => {
    expect(isPermission("quotes.accept")).toBe(true)
    expect(isPermission("quotes.delete")).toBe(false)
    expect(isPermission("toString")).toBe(false)
  })
})

describe("can", () => {
  const member = (permissions: string[]) => ({
    kind: "member" as const,
    customer_id: "cus_1",
    company_id: "comp_1",
    permissions: effectivePermissions([{ permissions }]),
  })

  it("lets a member do exactly what their teams grant", () => {
    const viewer = member(["quotes.view"])
    expect(can(viewer, "quotes.view")).toBe(true)
    expect(can(viewer, "quotes.accept")).toBe(false)
    expect(can(viewer, "purchase_orders.view")).toBe(false)
  })

  it("gives a contact in several teams the union of their permissions", () => {
    const both = effectivePermissions([
      { permissions: ["quotes.view"] },
      { permissions: ["purchase_orders.view", "quotes.view"] },
      { permissions: null },
      { permissions: ["no.such.permission"] },
    ])
    expect(both).toEqual(["quotes.view", "purchase_orders.view"])
  })

  it("lets a link holder act on their quote, never on the supplier side or the catalog", () => {
    const link = { kind: "link" as const, quote_id: "quo_1" }
    expect(can(link, "quotes.view")).toBe(true)
    expect(can(link, "quotes.accept")).toBe(true)
    expect(can(link, "invoices.pay")).toBe(true)
    expect(can(link, "orders.place")).toBe(false)
    expect(can(link, "catalog.view")).toBe(false)
    expect(can(link, "purchase_orders.view")).toBe(false)
  })
})

describe("memberPermissions", () => {
  const everything = [{ permissions: [...PERMISSION_KEYS] }]

  it("gives a supplier-only company's contacts no customer permission, whatever their teams", () => {
    expect(memberPermissions({ is_customer: false, is_supplier: true }, everything)).toEqual([
      ...SUPPLIER_PERMISSIONS,
    ])
  })

  it("gives a buyer-only company's contacts no supplier permission", () => {
    expect(memberPermissions({ is_customer: true, is_supplier: false }, everything)).toEqual([
      ...CUSTOMER_PERMISSIONS,
    ])
  })

  it("keeps what the teams grant on a company that does both", () => {
    expect(
      memberPermissions({ is_customer: true, is_supplier: true }, [
        { permissions: ["quotes.view", "supplier_bills.submit"] },
      ])
    ).toEqual(["quotes.view", "supplier_bills.submit"])
  })
})
