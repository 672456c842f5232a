import {
  assertBillTransition,
  assertPurchaseOrderEditable,
  assertPurchaseOrderTransition,
  billStatusesLeadingTo,
  canTransitionPurchaseOrder,
  isOpenPurchaseOrder,
  purchaseOrderStatusesLeadingTo,
  PURCHASE_ORDER_STATUSES,
} from "../status"
import { formatPurchaseOrderNumber, lineRemainder } from "../../../shared/procurement"
import { refusalOf, refusalText } from "../../../lib/refusal"

/** The error `run` throws. */
function thrown(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error("expected a refusal")
}

describe("purchase order status machine", () => {
  it("sends a draft, takes acknowledgement or a change request only while sent", () => {
    expect(canTransitionPurchaseOrder("draft", "sent")).toBe(true)
    expect(purchaseOrderStatusesLeadingTo("acknowledged")).toEqual(["sent"])
    expect(purchaseOrderStatusesLeadingTo("change_requested")).toEqual(["sent"])
    // A change request is answered by re-sending the revised PO or declining (back to sent).
    expect(purchaseOrderStatusesLeadingTo("sent")).toEqual(["draft", "change_requested"])
  })

  it("receives from sent, acknowledged and partially received, never from a draft or a change request", () => {
    expect(purchaseOrderStatusesLeadingTo("received")).toEqual([
      "sent",
      "acknowledged",
      "partially_received",
    ])
    expect(() => assertPurchaseOrderTransition("draft", "received", "PO-1001")).toThrow(
      "Purchase order PO-1001 is a draft and cannot become received"
    )
  })

  it("ends at received and cancelled", () => {
    for (const to of PURCHASE_ORDER_STATUSES) {
      expect(canTransitionPurchaseOrder("received", to)).toBe(false)
      expect(canTransitionPurchaseOrder("cancelled", to)).toBe(false)
    }
  })

  it("counts incoming only while sent and not yet fully received or cancelled", () => {
    expect(PURCHASE_ORDER_STATUSES.filter(isOpenPurchaseOrder)).toEqual([
      "sent",
      "change_requested",
      "acknowledged",
      "partially_received",
    ])
  })

  it("lets staff change lines only in a draft or after a change request", () => {
    expect(() => assertPurchaseOrderEditable("draft")).not.toThrow()
    expect(() => assertPurchaseOrderEditable("change_requested")).not.toThrow()
    expect(() => assertPurchaseOrderEditable("acknowledged", "PO-1002")).toThrow(
      "Purchase order PO-1002 is acknowledged and its lines can no longer be changed"
    )
  })
})

describe("status refusals in the reader's language", () => {
  it("names the PO's number and statuses, or says 'the purchase order' without a number", () => {
    const refused = refusalOf(thrown(() => assertPurchaseOrderTransition("sent", "sent", "PO-7")))
    expect(refused).toEqual({
      refusal_key: "procurement.purchase_order.cannot_become",
      refusal_values: { number: "PO-7", from: "sent", to: "sent" },
    })
    const unnumbered = thrown(() => assertPurchaseOrderTransition("change_requested", "received"))
    expect((unnumbered as Error).message).toBe(
      "The purchase order is awaiting a change and cannot become received"
    )
    const { refusal_key, refusal_values } = refusalOf(unnumbered)!
    expect(refusalText("de", refusal_key, refusal_values)).toBe(
      "Die Bestellung ist in Änderung und kann nicht auf „eingegangen“ gesetzt werden"
    )
    expect(refusalText("fr", refusal_key, refusal_values)).toBe(
      "Le bon de commande est en attente d’une modification et ne peut pas passer au statut « reçu »"
    )
  })

  it("names a bill by its number", () => {
    const refused = refusalOf(thrown(() => assertBillTransition("paid", "rejected", "INV-9")))!
    expect(refusalText("de", refused.refusal_key, refused.refusal_values)).toBe(
      "Rechnung INV-9 ist bezahlt und kann nicht auf „abgelehnt“ gesetzt werden"
    )
    expect(thrown(() => assertBillTransition("paid", "rejected"))).toMatchObject({
      message: "The bill is paid and cannot become rejected",
    })
  })
})

describe("supplier bill status machine", () => {
  it("approves or rejects a submitted bill and pays only an approved one", () => {
    expect(billStatusesLeadingTo("approved")).toEqual(["submitted"])
    expect(billStatusesLeadingTo("rejected")).toEqual(["submitted"])
    expect(billStatusesLeadingTo("paid")).toEqual(["approved"])
    expect(() => assertBillTransition("rejected", "paid", "B-77")).toThrow(
      "Bill B-77 is rejected and cannot become paid"
    )
  })
})

describe("numbers and remainders", () => {
  it("formats PO numbers and never counts an over-received line as negative", () => {
    expect(formatPurchaseOrderNumber(1001)).toBe("PO-1001")
    expect(lineRemainder({ quantity: 10, received_quantity: 4 })).toBe(6)
    expect(lineRemainder({ quantity: 10, received_quantity: 12 })).toBe(0)
  })
})
