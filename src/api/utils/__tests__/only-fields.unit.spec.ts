import { onlyFields } from "../only-fields"

describe("onlyFields", () => {
  const fields = [
    "id",
    "status",
    "items.id",
    "items.title",
    "customer.email",
    "customer.addresses.city",
  ]

  it("keeps only the listed fields, into relations, lists and nulls alike", () => {
    const record = {
      id: "quo_1",
      status: "sent",
      customer_id: "cus_1",
      internal_note: "never to the buyer",
      items: [
        { id: "qi_1", title: "Press", quote_id: "quo_1" },
        null,
        { id: "qi_2", title: "Die", cost: 3 },
      ],
      customer: {
        id: "cus_1",
        email: "b@acme.test",
        addresses: [{ id: "addr_1", city: "Lyon", phone: "1" }],
      },
    }
    const picked = onlyFields(record, fields)
    expect(picked).toEqual({
      id: "quo_1",
      status: "sent",
      items: [{ id: "qi_1", title: "Press" }, null, { id: "qi_2", title: "Die" }],
      customer: { email: "b@acme.test", addresses: [{ city: "Lyon" }] },
    })
    // Read twice through the same list: the same answer (the plan is kept per list).
    expect(onlyFields(record, fields)).toEqual(picked)
  })

  it("leaves out what the record lacks and keeps a null relation as null", () => {
    expect(onlyFields({ id: "quo_2", customer: null }, fields)).toEqual({
      id: "quo_2",
      customer: null,
    })
  })
})
