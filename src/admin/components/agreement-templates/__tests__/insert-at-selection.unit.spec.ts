import { insertAtSelection } from "../insert-at-selection"

describe("inserting a variable into the template body", () => {
  it("puts the placeholder at the cursor and the cursor just after it", () => {
    expect(insertAtSelection("Dear ,", { start: 5, end: 5 }, "{{customer.first_name}}")).toEqual({
      text: "Dear {{customer.first_name}},",
      cursor: 28,
    })
  })

  it("replaces the selected text", () => {
    expect(insertAtSelection("Total: AMOUNT.", { start: 7, end: 13 }, "{{quote.total}}")).toEqual({
      text: "Total: {{quote.total}}.",
      cursor: 22,
    })
  })

  it("appends when the cursor is past the end of the text", () => {
    expect(insertAtSelection("Hi", { start: 9, end: 9 }, "{{today}}")).toEqual({
      text: "Hi{{today}}",
      cursor: 11,
    })
  })
})
