import { MedusaError } from "@medusajs/framework/utils"
import type { AgreementContext } from "../document"
import {
  AGREEMENT_VARIABLES,
  agreementToHtml,
  agreementToText,
  assertTemplateValid,
  findUnknownVariables,
  renderAgreement,
} from "../template"
import { formatDate, formatMoney } from "../../../lib/format"

const SCRIPT = "<script>alert(1)</script>"

function context(overrides: Partial<AgreementContext> = {}): AgreementContext {
  return {
    locale: "en-US",
    today: new Date("2026-06-15T12:00:00.000Z"),
    merchant: { name: "Northwind Supply" },
    customer: { first_name: "Bea", last_name: "Buyer", email: "bea@acme.test" },
    company: { name: "Acme" },
    quote: {
      number: "Q-1001",
      currency_code: "usd",
      subtotal: 3100,
      discount: 100,
      shipping: 250,
      tax: 500,
      total: 3750,
      deposit: 1125,
      valid_until: new Date("2026-07-01T00:00:00.000Z"),
      items: [
        {
          title: "Printer P1",
          description: "Colour, A3",
          quantity: 2,
          unit_price: 1000,
          total: 2000,
        },
        { title: "Installation", description: null, quantity: 1, unit_price: 250, total: 250 },
      ],
    },
    ...overrides,
  }
}

const template = (body: string) => ({ id: "agrtpl_1", name: "Terms", version: 3, body })

/** Renders a one-paragraph body and returns the paragraph's text. */
function renderText(body: string, ctx = context()): string {
  const { blocks } = renderAgreement(template(body), ctx)
  expect(blocks).toHaveLength(1)
  expect(blocks[0].type).toBe("paragraph")
  return (blocks[0] as { text: string }).text
}

/** Runs `fn` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(fn: () => void): MedusaError {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw, but it returned normally")
}

describe("agreement template language", () => {
  describe("variables", () => {
    it("offers exactly the documented variables, each with a description", () => {
      expect(AGREEMENT_VARIABLES.map((variable) => variable.name).sort()).toEqual(
        [
          "company.name",
          "customer.email",
          "customer.first_name",
          "customer.last_name",
          "merchant.name",
          "quote.deposit",
          "quote.discount",
          "quote.items",
          "quote.shipping",
          "quote.subtotal",
          "quote.tax",
          "quote.number",
          "quote.total",
          "quote.valid_until",
          "signer.email",
          "signer.name",
          "today",
        ].sort()
      )
      for (const variable of AGREEMENT_VARIABLES) {
        expect(variable.description.length).toBeGreaterThan(5)
      }
    })

    it.each([
      ["customer.first_name", "Bea"],
      ["customer.last_name", "Buyer"],
      ["customer.email", "bea@acme.test"],
      ["company.name", "Acme"],
      ["quote.number", "Q-1001"],
      ["quote.subtotal", "$3,100.00"],
      ["quote.discount", "$100.00"],
      ["quote.shipping", "$250.00"],
      ["quote.tax", "$500.00"],
      ["quote.total", "$3,750.00"],
      ["quote.deposit", "$1,125.00"],
      ["quote.valid_until", "July 1, 2026"],
      ["merchant.name", "Northwind Supply"],
      ["today", "June 15, 2026"],
    ])("fills in {{%s}}", (name, expected) => {
      expect(renderText(`Value: {{${name}}}.`)).toBe(`Value: ${expected}.`)
    })

    it("allows whitespace inside the braces", () => {
      expect(renderText("Dear {{ customer.first_name }} {{\tcustomer.last_name\t}},")).toBe(
        "Dear Bea Buyer,"
      )
      expect(findUnknownVariables("{{  quote.total  }}")).toEqual([])
    })

    it("renders missing values as empty text", () => {
      const ctx = context({
        customer: { first_name: null, last_name: null, email: "bea@acme.test" },
        company: { name: null },
      })
      ctx.quote.valid_until = null
      expect(
        renderText(
          "[{{customer.first_name}}][{{customer.last_name}}][{{company.name}}][{{quote.valid_until}}]",
          ctx
        )
      ).toBe("[][][][]")
    })
  })

  describe("validation", () => {
    it("accepts a body that uses every variable", () => {
      const body = AGREEMENT_VARIABLES.map((variable) => `{{${variable.name}}}`).join("\n\n")
      expect(() => assertTemplateValid(body)).not.toThrow()
    })

    it("rejects an unknown variable by name and lists the known ones", () => {
      const error = thrownBy(() => assertTemplateValid("Total: {{quote.totl}}"))
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toMatch(/^Unknown template variable \{\{quote\.totl\}\}; use one of: /)
      expect(error.message).toContain("{{quote.total}}")
      expect(error.message).toContain("{{quote.items}}")
    })

    it("names every unknown variable once, in order of appearance", () => {
      const body = "{{ foo }} {{quote.total}} {{bar.baz}} {{foo}} {{}}"
      expect(findUnknownVariables(body)).toEqual(["foo", "bar.baz", ""])
      expect(thrownBy(() => assertTemplateValid(body)).message).toMatch(
        /^Unknown template variables \{\{foo\}\}, \{\{bar\.baz\}\}, \{\{\}\}; use one of/
      )
    })

    it("does not mistake a variable name for a prototype property", () => {
      expect(findUnknownVariables("{{constructor}} {{toString}}")).toEqual([
        "constructor",
        "toString",
      ])
      expect(renderAgreement(template("[{{constructor}}]"), context()).blocks).toEqual([
        { type: "paragraph", text: "[]" },
      ])
    })

    it.each(["", "   ", "\n\n\t"])("rejects an empty body (%j)", (body) => {
      const error = thrownBy(() => assertTemplateValid(body))
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toMatch(/empty/)
    })

    it.each([
      ["an unclosed {{", "Dear {{customer.first_name,\n\nthanks", /Unbalanced \{\{ on line 1/],
      ["a {{ on a later line", "Hello\n\nTotal {{quote.total", /Unbalanced \{\{ on line 3/],
      ["a }} without {{", "Hello customer.first_name}}", /Unbalanced \}\} on line 1/],
      ["nested braces", "{{ {{quote.total}} }}", /Unbalanced \{\{/],
    ])("rejects %s", (_label, body, message) => {
      const error = thrownBy(() => assertTemplateValid(body))
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toMatch(message)
    })

    it("leaves single braces alone", () => {
      expect(() => assertTemplateValid("A set {a, b} and {{quote.total}}")).not.toThrow()
    })
  })

  describe("rendering", () => {
    it("splits paragraphs at blank lines and keeps single line breaks", () => {
      const rendered = renderAgreement(
        template("First line\nsecond line\n\n\n  Second paragraph  \r\n \r\nThird"),
        context()
      )
      expect(rendered).toEqual({
        template_id: "agrtpl_1",
        name: "Terms",
        version: 3,
        // The default text: no translation of the template was used.
        language: null,
        blocks: [
          { type: "paragraph", text: "First line\nsecond line" },
          { type: "paragraph", text: "Second paragraph" },
          { type: "paragraph", text: "Third" },
        ],
      })
    })

    it("turns {{quote.items}} into an items block that splits its paragraph", () => {
      const { blocks } = renderAgreement(
        template("Intro.\n\nYou order: {{ quote.items }} for {{quote.total}}.\n\nEnd."),
        context()
      )
      expect(blocks).toEqual([
        { type: "paragraph", text: "Intro." },
        { type: "paragraph", text: "You order:" },
        {
          type: "items",
          rows: [
            {
              title: "Printer P1",
              description: "Colour, A3",
              quantity: 2,
              unit_price: "$1,000.00",
              total: "$2,000.00",
            },
            {
              title: "Installation",
              description: null,
              quantity: 1,
              unit_price: "$250.00",
              total: "$250.00",
            },
          ],
        },
        { type: "paragraph", text: "for $3,750.00." },
        { type: "paragraph", text: "End." },
      ])
    })

    it("renders an items table with no rows when nothing is selected", () => {
      const ctx = context()
      ctx.quote.items = []
      expect(renderAgreement(template("{{quote.items}}"), ctx).blocks).toEqual([
        { type: "items", rows: [] },
      ])
    })

    it("formats US dollars with cents and yen without decimals", () => {
      const ctx = context()
      ctx.quote = { ...ctx.quote, currency_code: "jpy", total: 125000, deposit: 37500 }
      ctx.quote.items = [
        { title: "Printer", description: null, quantity: 1, unit_price: 125000, total: 125000 },
      ]
      expect(renderText("{{quote.total}} / {{quote.deposit}}", ctx)).toBe("¥125,000 / ¥37,500")
      const { blocks } = renderAgreement(template("{{quote.items}}"), ctx)
      expect(blocks[0]).toMatchObject({
        rows: [{ unit_price: "¥125,000", total: "¥125,000" }],
      })
      expect(formatMoney(1234.5, "usd", "en-US")).toBe("$1,234.50")
      expect(formatMoney(1234.5, "jpy", "ja-JP")).toMatch(/^[¥￥]1,235$/)
    })

    it("formats money and dates for the quote's locale", () => {
      expect(formatMoney(1234.5, "eur", "de-DE")).toBe("1.234,50\u00a0€")
      expect(formatDate(new Date("2026-07-01T00:00:00Z"), "de-DE")).toBe("1. Juli 2026")
      expect(formatDate("2026-07-01T00:00:00Z", "fr-FR")).toBe("1 juillet 2026")
    })

    it("reads dates in UTC, so a date near midnight is the same day everywhere", () => {
      expect(formatDate(new Date("2026-07-01T23:30:00Z"), "en-US")).toBe("July 1, 2026")
      expect(formatDate(new Date("2026-07-01T00:30:00Z"), "en-US")).toBe("July 1, 2026")
    })

    it("falls back to English for an unusable locale and to empty text for bad values", () => {
      expect(formatMoney(10, "usd", "not a locale!")).toBe("$10.00")
      expect(formatMoney(null, "usd", "en-US")).toBe("")
      expect(formatMoney(Number.NaN, "usd", "en-US")).toBe("")
      expect(formatDate("not a date", "en-US")).toBe("")
    })

    it("inserts values as text, never as template syntax", () => {
      const ctx = context({
        customer: { first_name: "{{quote.total}}", last_name: "\n\nBuyer", email: "x@y.test" },
      })
      expect(renderText("Dear {{customer.first_name}} {{customer.last_name}}", ctx)).toBe(
        "Dear {{quote.total}} \n\nBuyer"
      )
    })
  })

  describe("a <script> in a value", () => {
    const ctx = context({
      customer: { first_name: SCRIPT, last_name: "O'Brien & Sons", email: "x@y.test" },
    })
    ctx.quote.items = [
      { title: SCRIPT, description: `"${SCRIPT}"`, quantity: 1, unit_price: 5, total: 5 },
    ]
    const rendered = renderAgreement(
      template("Dear {{customer.first_name}} {{customer.last_name}},\n\n{{quote.items}}"),
      ctx
    )

    it("stays verbatim, uninterpreted, in the blocks", () => {
      expect(rendered.blocks[0]).toEqual({
        type: "paragraph",
        text: `Dear ${SCRIPT} O'Brien & Sons,`,
      })
      expect(rendered.blocks[1]).toMatchObject({
        rows: [{ title: SCRIPT, description: `"${SCRIPT}"` }],
      })
    })

    it("is escaped in HTML", () => {
      const html = agreementToHtml(rendered)
      expect(html).not.toContain("<script>")
      expect(html).toContain(
        "<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Sons,</p>"
      )
      expect(html).toContain(
        "<td>&lt;script&gt;alert(1)&lt;/script&gt;<br><small>&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</small></td>"
      )
    })

    it("stays verbatim in plain text", () => {
      expect(agreementToText(rendered)).toBe(
        `Dear ${SCRIPT} O'Brien & Sons,\n\n- ${SCRIPT}: 1 × $5.00 = $5.00\n  "${SCRIPT}"`
      )
    })
  })

  describe("output formats", () => {
    const rendered = renderAgreement(
      template(
        "Hello {{customer.first_name}},\nwelcome.\n\n{{quote.items}}\n\nTotal {{quote.total}}"
      ),
      context()
    )

    it("writes HTML paragraphs with line breaks and a table for the items", () => {
      expect(agreementToHtml(rendered)).toBe(
        [
          "<p>Hello Bea,<br>welcome.</p>",
          "<table><thead><tr><th>Item</th><th>Quantity</th><th>Unit price</th><th>Total</th></tr></thead>" +
            "<tbody><tr><td>Printer P1<br><small>Colour, A3</small></td><td>2</td><td>$1,000.00</td><td>$2,000.00</td></tr>" +
            "<tr><td>Installation</td><td>1</td><td>$250.00</td><td>$250.00</td></tr></tbody></table>",
          "<p>Total $3,750.00</p>",
        ].join("\n")
      )
    })

    it("adds a discount column only when a line has the quote's discount", () => {
      const ctx = context()
      ctx.quote.items = [
        {
          title: "Rack",
          description: null,
          quantity: 2,
          unit_price: 100,
          discount: 20,
          total: 180,
        },
      ]
      const discounted = renderAgreement(template("{{quote.items}}"), ctx)
      expect(agreementToHtml(discounted)).toContain(
        "<th>Unit price</th><th>Discount</th><th>Total</th>"
      )
      expect(agreementToHtml(discounted)).toContain(
        "<td>$100.00</td><td>−$20.00</td><td>$180.00</td>"
      )
      expect(agreementToText(discounted)).toBe("- Rack: 2 × $100.00 −$20.00 = $180.00")
    })

    it("writes plain text with one line per item", () => {
      expect(agreementToText(rendered)).toBe(
        [
          "Hello Bea,\nwelcome.",
          "- Printer P1: 2 × $1,000.00 = $2,000.00\n  Colour, A3\n- Installation: 1 × $250.00 = $250.00",
          "Total $3,750.00",
        ].join("\n\n")
      )
    })
  })
})
