import {
  addVariantLine,
  draftTotal,
  hasProblems,
  lineInputs,
  type PurchaseOrderDraft,
  validatePurchaseOrderDraft,
} from "../purchase-order-form-model"

const variant = { id: "variant_1", product_title: "Toner", title: "Black", sku: "TONER-BLACK" }

function draftWith(quantity: string, unitCost: string): PurchaseOrderDraft {
  const draft = addVariantLine(
    {
      supplier: { id: "pcomp_1", name: "Globex" },
      stock_location_id: "sloc_1",
      currency_code: "usd",
      notes: "",
      lines: [],
    },
    variant
  )
  return { ...draft, lines: [{ ...draft.lines[0], quantity, unit_cost: unitCost }] }
}

describe("the purchase order form model", () => {
  it("takes whole quantities and decimal costs, and totals the lines", () => {
    const draft = draftWith("3", "12.5")
    expect(hasProblems(validatePurchaseOrderDraft(draft, "create"))).toBe(false)
    expect(lineInputs(draft)).toEqual([{ variant_id: "variant_1", quantity: 3, unit_cost: 12.5 }])
    expect(draftTotal(draft)).toBe(37.5)
  })

  it("points at a zero or fractional quantity and a cost that is not a number", () => {
    for (const [quantity, cost] of [
      ["0", "1"],
      ["1.5", "1"],
      ["2", "abc"],
      ["2", "-1"],
    ]) {
      const draft = draftWith(quantity, cost)
      const problems = validatePurchaseOrderDraft(draft, "create")
      expect(hasProblems(problems)).toBe(true)
      expect(problems.line[draft.lines[0].key]).toBeDefined()
    }
  })

  it("asks for the supplier, location and currency on creation, and at least one line", () => {
    const problems = validatePurchaseOrderDraft(
      { supplier: null, stock_location_id: "", currency_code: "", notes: "", lines: [] },
      "create"
    )
    expect(problems).toMatchObject({
      supplier: expect.any(String),
      stock_location_id: expect.any(String),
      currency_code: expect.any(String),
      lines: expect.any(String),
    })
  })

  it("keeps one line per variant", () => {
    const draft = draftWith("1", "1")
    expect(addVariantLine(draft, variant).lines).toHaveLength(1)
  })
})
