import { renderEmail } from "../layout"

describe("renderEmail", () => {
  const url = "https://portal.example/q/abc?x=1&y=2"

  it("heads the email with the merchant's name on their colour, with a button and the full URL in text", () => {
    const email = renderEmail(
      { name: "Harbor Supply", primary_color: "#0f766e" },
      {
        subject: "Your quote Q-0001",
        greeting: "Hello Ana,",
        paragraphs: ["Your quote is ready."],
        action: { label: "Open the quote", url },
        footer: ["Valid until Friday."],
      }
    )
    expect(email.subject).toBe("Your quote Q-0001")
    expect(email.html).toContain("background:#0f766e;color:#ffffff;padding:16px 24px")
    expect(email.html).toContain(">Harbor Supply</td>")
    expect(email.html).toContain(
      `<a href="https://portal.example/q/abc?x=1&amp;y=2" style="display:inline-block;background:#0f766e`
    )
    expect(email.text).toBe(
      [
        "Harbor Supply",
        "Hello Ana,",
        "Your quote is ready.",
        `Open the quote: ${url}`,
        "Valid until Friday.",
      ].join("\n\n")
    )
  })

  it("escapes everything it is given, staff's quoted words included, and keeps a bad colour out", () => {
    const email = renderEmail(
      { name: "<b>Shop</b>", primary_color: "red;background:url(x)" },
      {
        subject: "S",
        paragraphs: ['He said "<script>"'],
        quote: { author: "Shop & Co", text: "No <i>change</i>\nsorry" },
      }
    )
    expect(email.html).not.toMatch(/<script>|<b>|<i>|url\(x\)/)
    expect(email.html).toContain("&lt;b&gt;Shop&lt;/b&gt;")
    expect(email.html).toContain("He said &quot;&lt;script&gt;&quot;")
    expect(email.html).toContain("Shop &amp; Co wrote:")
    expect(email.html).toContain("No &lt;i&gt;change&lt;/i&gt;<br>sorry</blockquote>")
    expect(email.html).toContain("background:#1f2937")
    expect(email.text).toContain("Shop & Co wrote:\n> No <i>change</i>\n> sorry")
    expect(email.html).not.toContain("<a ")
  })
})
