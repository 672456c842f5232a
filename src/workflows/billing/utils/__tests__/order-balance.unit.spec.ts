import { type OrderBilling, planOrderBalance } from "../order-balance"

const order = (pending: number, total = 1000): OrderBilling["order"] => ({
  id: "order_1",
  display_id: 1,
  currency_code: "usd",
  status: "pending",
  total,
  pending_difference: pending,
})
const collection = (id: string, amount: number, status = "not_paid", metadata = {}) => ({
  id,
  status,
  amount,
  captured_amount: status === "completed" ? amount : 0,
  metadata,
})
const deposit = { id: "inv_d", kind: "deposit", status: "unpaid", amount: 300, quote_id: "q" }

describe("planOrderBalance", () => {
  it("puts the total less the unpaid deposit on the balance", () => {
    const plan = planOrderBalance({
      order: order(1000),
      collections: [collection("pc_dep", 300), collection("pc_bal", 700)],
      invoices: [{ ...deposit, payment_collection_id: "pc_dep" }],
    })
    expect(plan).toMatchObject({ balance: 700, depositResets: [] })
    expect(plan.balanceCollection?.id).toBe("pc_bal")
  })

  it("gives an unpaid deposit its amount back when Medusa's order edit resized it", () => {
    // An edit raised the total to 1500 and Medusa put all of it on the deposit's collection.
    const plan = planOrderBalance({
      order: order(1500, 1500),
      collections: [collection("pc_dep", 1500), collection("pc_bal", 700)],
      invoices: [{ ...deposit, payment_collection_id: "pc_dep" }],
    })
    expect(plan.depositResets).toEqual([{ id: "pc_dep", from: 1500, to: 300 }])
    expect(plan.balance).toBe(1200)
    expect(plan.balanceCollection?.id).toBe("pc_bal")
  })

  it("after the deposit is paid, the balance is what Medusa says is outstanding", () => {
    const plan = planOrderBalance({
      order: order(1200, 1500),
      collections: [collection("pc_dep", 300, "completed"), collection("pc_bal", 700)],
      invoices: [
        { ...deposit, status: "paid", payment_collection_id: "pc_dep" },
        {
          id: "inv_b",
          kind: "balance",
          status: "unpaid",
          amount: 700,
          quote_id: "q",
          payment_collection_id: "pc_bal",
        },
      ],
    })
    expect(plan.balance).toBe(1200)
    expect(plan.balanceInvoice?.id).toBe("inv_b")
  })

  it("rounds to the currency and never goes below zero", () => {
    const refundDue = planOrderBalance({
      order: order(-50),
      collections: [collection("pc_bal", 100)],
      invoices: [],
    })
    expect(refundDue.balance).toBe(0)
    const cents = planOrderBalance({
      order: { ...order(0.1 + 0.2), currency_code: "usd" },
      collections: [],
      invoices: [],
    })
    expect(cents.balance).toBe(0.3)
    expect(cents.balanceCollection).toBeNull()
  })
})
