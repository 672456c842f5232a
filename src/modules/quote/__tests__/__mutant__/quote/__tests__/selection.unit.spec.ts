import { MedusaError } from "@medusajs/framework/utils"
import { assertSelectableItemIds } from "../selection"

const items = [
  { id: "quoitem_required", is_optional: false },
  { id: "quoitem_warranty", is_optional: true },
  { id: "quoitem_install", is_optional: true },
]

function thrownBy(fn: () => void): MedusaError {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw, but it returned normally")
}

describe("assertSelectableItemIds: a buyer may only choose among this quote's optional items", () => {
  it("accepts an empty selection", () => {
    expect(() => assertSelectableItemIds(items, [])).not.toThrow()
  })

  it("accepts any combination of the quote's optional items", () => {
    expect(() => assertSelectableItemIds(items, ["quoitem_warranty"])).not.toThrow()
    expect(() => assertSelectableItemIds(items, ["quoitem_install"])).not.toThrow()
    expect(() =>
      assertSelectableItemIds(items, ["quoitem_warranty", "quoitem_install"])
    ).not.toThrow()
  })

  it("accepts the same optional item listed twice", () => {
    expect(() =>
      assertSelectableItemIds(items, ["quoitem_warranty", "quoitem_warranty"])
    ).not.toThrow()
  })

  it("rejects a required item id with INVALID_DATA naming it", () => {
    const error = thrownBy(() => assertSelectableItemIds(items, ["quoitem_required"]))
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("quoitem_required")
  })

  it("rejects an item id from another quote with INVALID_DATA naming it", () => {
    const error = thrownBy(() => assertSelectableItemIds(items, ["quoitem_of_another_quote"]))
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("quoitem_of_another_quote")
  })

  it("rejects the whole selection when one id is not selectable, naming only the bad ones", () => {
    const error = thrownBy(() =>
      assertSelectableItemIds(items, ["quoitem_warranty", "quoitem_required", "quoitem_foreign"])
    )
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("quoitem_required")
    expect(error.message).toContain("quoitem_foreign")
    expect(error.message).not.toContain("quoitem_warranty")
  })

  it("rejects every id when the quote has no optional items", () => {
    const required = [{ id: "quoitem_only", is_optional: false }]
    expect(() => assertSelectableItemIds(required, [])).not.toThrow()
    expect(() => assertSelectableItemIds(required, ["quoitem_only"])).toThrow(MedusaError)
  })
})
