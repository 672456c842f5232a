import { MedusaError } from "@medusajs/framework/utils"
import {
  assertTransition,
  canTransition,
  formatInvoiceNumber,
  INVOICE_STATUSES,
  InvoiceStatus,
  isPayable,
  LIVE_INVOICE_STATUSES,
  statusesLeadingTo,
  withInvoiceNumber,
} from "../status"
import { refusalOf, refusalText } from "../../../lib/refusal"

/**
 * The invoice lifecycle, written out independently of status.ts so that a
 * change to the machine has to change this table too. Every pair not listed
 * here must be refused.
 */
const ALLOWED: Record<InvoiceStatus, InvoiceStatus[]> = {
  unpaid: ["paid", "overdue", "void"],
  overdue: ["paid", "void"],
  paid: [],
  void: [],
}

describe("invoice status machine", () => {
  const pairs = INVOICE_STATUSES.flatMap((from) => INVOICE_STATUSES.map((to) => [from, to]))

  it.each(pairs)("%s → %s follows the table", (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED[from].includes(to))
  })

  it("refuses an illegal change with a 409-type error naming the invoice", () => {
    expect(() => assertTransition("paid", "void", "INV-1001")).toThrow(
      expect.objectContaining({
        type: MedusaError.Types.CONFLICT,
        message: "Invoice INV-1001 is paid and cannot become void",
      })
    )
    expect(() => assertTransition("unpaid", "void")).not.toThrow()
  })

  it("names its refusal's catalog sentence, for the reader's language", () => {
    const refused = (run: () => void) => {
      try {
        run()
      } catch (error) {
        return { message: (error as Error).message, ...refusalOf(error)! }
      }
      throw new Error("expected a refusal")
    }
    const numbered = refused(() => assertTransition("paid", "void", "INV-1001"))
    expect(numbered.refusal_key).toBe("billing.cannot_become")
    expect(refusalText("de", numbered.refusal_key, numbered.refusal_values)).toBe(
      "Rechnung INV-1001 ist bezahlt und kann nicht mehr storniert werden"
    )
    expect(refusalText("fr", numbered.refusal_key, numbered.refusal_values)).toBe(
      "La facture INV-1001 est payée et ne peut plus devenir annulée"
    )
    const unnumbered = refused(() => assertTransition("void", "paid"))
    expect(unnumbered.message).toBe("The invoice is void and cannot become paid")
    expect(refusalText("de", unnumbered.refusal_key, unnumbered.refusal_values)).toBe(
      "Die Rechnung ist storniert und kann nicht mehr bezahlt werden"
    )
  })

  it("lets buyers pay unpaid and overdue invoices only", () => {
    expect(INVOICE_STATUSES.filter(isPayable)).toEqual(["unpaid", "overdue"])
    expect(statusesLeadingTo("paid")).toEqual(["unpaid", "overdue"])
    expect(statusesLeadingTo("overdue")).toEqual(["unpaid"])
  })

  it("treats every status but void as live", () => {
    expect(LIVE_INVOICE_STATUSES).toEqual(["unpaid", "paid", "overdue"])
  })

  it("numbers invoices INV-1001, from a number or Query's string", () => {
    expect(formatInvoiceNumber(1001)).toBe("INV-1001")
    expect(formatInvoiceNumber("1002")).toBe("INV-1002")
    expect(withInvoiceNumber({ id: "inv_1", display_number: 1003 })).toEqual({
      id: "inv_1",
      display_number: 1003,
      number: "INV-1003",
    })
    const unnumbered: { id: string; display_number?: number } = { id: "inv_1" }
    expect(withInvoiceNumber(unnumbered)).toEqual({ id: "inv_1" })
  })
})
