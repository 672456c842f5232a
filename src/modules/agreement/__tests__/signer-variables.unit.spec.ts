// {{signer.name}} and {{signer.email}}: a placeholder that says what it stands for
// until someone signs, then the signer's own name and email in the frozen document
// and in the signed PDF (docs/ARCHITECTURE.md, "Storefront portal").
import { readPdf } from "../../../../integration-tests/helpers/pdf-text"
import { type AgreementSource, buildAgreementDocument } from "../build-document"
import { documentSha256, sha256Hex } from "../hashing"
import { renderQuotePdf, renderSignedAgreementPdf } from "../pdf"
import {
  agreementToHtml,
  agreementToText,
  assertTemplateValid,
  SIGNER_PLACEHOLDERS,
} from "../template"
import { PNG } from "pngjs"

const BODY = [
  "Between {{merchant.name}} and {{company.name}}, signed for the Buyer by {{signer.name}} ({{signer.email}}).",
  "{{quote.items}}",
  "Total {{quote.total}}.",
].join("\n\n")

function source(signer?: { name: string; email: string }): AgreementSource {
  return {
    quote: {
      id: "quote_1",
      number: "Q-1001",
      currency_code: "usd",
      valid_until: new Date("2026-07-01T00:00:00.000Z"),
      items: [
        {
          id: "item_1",
          title: "Printer P1",
          quantity: 2,
          unit_price: 1000,
          is_optional: false,
          is_selected: true,
        },
      ],
    },
    selected_item_ids: [],
    // The quote's customer is not the person who signs.
    customer: {
      first_name: "Bea",
      last_name: "Buyer",
      email: "buyer@acme.test",
      company_name: "Acme",
    },
    merchant: { name: "Northwind Supply" },
    signer,
    template: { id: "agtpl_1", name: "Supply agreement", version: 1, body: BODY },
    consent_text: "I agree.",
    locale: "en-US",
    today: new Date("2026-06-15T12:00:00.000Z"),
  }
}

const SIGNER = { name: "Carla Procurement", email: "carla@acme.test" }
const firstParagraph = (document: ReturnType<typeof buildAgreementDocument>) => {
  const block = document.agreement.blocks[0]
  if (block.type !== "paragraph") throw new Error("expected a paragraph first")
  return block.text
}

function signatureImage(): Buffer {
  const image = new PNG({ width: 120, height: 40 })
  image.data.fill(255)
  for (let x = 0; x < 120; x++) {
    const i = (20 * 120 + x) * 4
    image.data[i] = image.data[i + 1] = image.data[i + 2] = 0
  }
  return PNG.sync.write(image)
}

describe("signer variables", () => {
  it("are known variables a template may use", () => {
    expect(() => assertTemplateValid(BODY)).not.toThrow()
  })

  it("read as a visible placeholder before signing (the buyer's page, the quote PDF, the preview)", async () => {
    const document = buildAgreementDocument(source())
    expect(firstParagraph(document)).toBe(
      "Between Northwind Supply and Acme, signed for the Buyer by " +
        "[the signer's name, filled in at signing] ([the signer's email, filled in at signing])."
    )
    expect(agreementToText(document.agreement)).toContain(SIGNER_PLACEHOLDERS["signer.name"])
    expect(agreementToHtml(document.agreement)).toContain(
      "[the signer&#39;s email, filled in at signing]"
    )
    // Never the quote's customer in the signer's place.
    expect(firstParagraph(document)).not.toContain("Bea Buyer")

    const pdf = await readPdf(await renderQuotePdf(document, { name: "Northwind Supply" }))
    expect(pdf.text.replace(/\s+/g, " ")).toContain("[the signer's name, filled in at signing]")
  })

  it("say what they stand for in the document's language", () => {
    const document = buildAgreementDocument({ ...source(), locale: "de-DE" })
    expect(firstParagraph(document)).toContain(
      "[Name der unterzeichnenden Person, wird beim Unterschreiben eingesetzt]"
    )
    expect(firstParagraph(document)).not.toContain("the signer")
  })

  it("are filled with the signer's name and email in the document frozen at signing and in the signed PDF", async () => {
    const document = buildAgreementDocument(source(SIGNER))
    expect(firstParagraph(document)).toBe(
      "Between Northwind Supply and Acme, signed for the Buyer by Carla Procurement (carla@acme.test)."
    )
    expect(JSON.stringify(document)).not.toContain("filled in at signing")
    // The hash covers the filled-in text: another signer gives another document.
    expect(documentSha256(document)).not.toBe(
      documentSha256(buildAgreementDocument(source({ name: "Dan Other", email: "dan@acme.test" })))
    )

    const image = signatureImage()
    const bytes = await renderSignedAgreementPdf(
      {
        document,
        signature: {
          signer_name: SIGNER.name,
          signer_email: SIGNER.email,
          signed_at: new Date("2026-06-15T12:00:00.000Z"),
          ip: null,
          user_agent: null,
          identified_by: "link",
          image,
        },
        document_sha256: documentSha256(document),
        signature_sha256: sha256Hex(image),
        audit_trail: [],
      },
      { name: "Northwind Supply" }
    )
    const text = (await readPdf(bytes)).text.replace(/\s+/g, " ")
    expect(text).toContain("signed for the Buyer by Carla Procurement (carla@acme.test)")
    expect(text).not.toContain("filled in at signing")
  })
})
