import { supplierBillFilename } from "../presenters"

describe("a supplier bill's download name", () => {
  it("names the PO and the bill with safe characters only", () => {
    expect(supplierBillFilename("PO-1001", "INV 77/2026")).toBe("PO-1001-bill-INV-77-2026.pdf")
    expect(supplierBillFilename(null, '"; rm -rf')).toBe("bill-rm-rf.pdf")
    expect(supplierBillFilename("PO-1", "ä".repeat(300))).toBe("PO-1-bill.pdf")
  })
})
