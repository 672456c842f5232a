import { orderProgress } from "../order-status"

const line = (quantity: number, fulfilled: number) => ({
  quantity,
  detail: { fulfilled_quantity: fulfilled },
})
const at = "2026-01-02T10:00:00.000Z"
const label = (tracking_number: string) => ({ tracking_number })

describe("orderProgress: the client-facing status of an order", () => {
  it("is placed while nothing is fulfilled", () => {
    expect(orderProgress({ status: "pending", fulfillments: [], items: [line(2, 0)] })).toEqual({
      status: "placed",
      tracking_numbers: [],
    })
  })

  it("is processing while a fulfilment is prepared and none has left", () => {
    const order = { status: "pending", fulfillments: [{ labels: [label("1Z9")] }], items: [] }
    expect(orderProgress(order)).toEqual({ status: "processing", tracking_numbers: [] })
  })

  it("is shipped, with the tracking numbers, once a fulfilment has left", () => {
    const order = {
      status: "pending",
      fulfillments: [
        { shipped_at: at, labels: [label("1Z9"), label("1Z9"), { tracking_number: null }] },
        { shipped_at: at, labels: [label("JD01")] },
      ],
      items: [line(2, 2)],
    }
    expect(orderProgress(order)).toEqual({ status: "shipped", tracking_numbers: ["1Z9", "JD01"] })
  })

  it("stays shipped while part is delivered and part is still on its way or unfulfilled", () => {
    const partlyDelivered = {
      status: "pending",
      fulfillments: [{ delivered_at: at, shipped_at: at }, { shipped_at: at }],
      items: [line(2, 2)],
    }
    expect(orderProgress(partlyDelivered).status).toBe("shipped")
    const linesLeft = {
      status: "pending",
      fulfillments: [{ delivered_at: at, labels: [label("1Z9")] }],
      items: [line(2, 1)],
    }
    expect(orderProgress(linesLeft)).toEqual({ status: "shipped", tracking_numbers: ["1Z9"] })
  })

  it("is delivered when every line is fulfilled and every live fulfilment delivered", () => {
    const order = {
      status: "completed",
      fulfillments: [
        { shipped_at: at, delivered_at: at, labels: [label("1Z9")] },
        { canceled_at: at },
      ],
      items: [line(1, 1), null],
    }
    expect(orderProgress(order)).toEqual({ status: "delivered", tracking_numbers: ["1Z9"] })
  })

  it("ignores cancelled fulfilments", () => {
    const order = { status: "pending", fulfillments: [{ shipped_at: at, canceled_at: at }, null] }
    expect(orderProgress(order).status).toBe("placed")
  })

  it("is cancelled when Medusa cancelled the order, whatever its fulfilments", () => {
    expect(orderProgress({ status: "canceled", fulfillments: [{ canceled_at: at }] })).toEqual({
      status: "cancelled",
      tracking_numbers: [],
    })
  })
})
