import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PNG } from "pngjs"
import type { AgreementDocument, SignedPdfInput } from "../document"
import { documentSha256, sha256Hex } from "../hashing"
import { renderQuotePdf, renderSignedAgreementPdf, type PdfBranding } from "../pdf"

/** An opaque PNG with a dark diagonal stroke: a stand-in for a drawn signature or a logo. */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(255)
  for (let x = 0; x < width; x++) {
    const i = (Math.floor((x * (height - 1)) / width) * width + x) * 4
    image.data[i] = image.data[i + 1] = image.data[i + 2] = 20
  }
  return PNG.sync.write(image)
}

function agreementDocument(overrides: Partial<AgreementDocument> = {}): AgreementDocument {
  const items = [
    {
      title: "Industrial shelving unit",
      description: "Galvanised steel, 5 shelves",
      quantity: 4,
      unit_price: "$1,250.00",
      total: "$5,000.00",
    },
    {
      title: "On-site installation",
      description: null,
      quantity: 1,
      unit_price: "$800.00",
      total: "$800.00",
    },
  ]
  return {
    merchant: { name: "Acme Storage Ltd" },
    quote: {
      id: "quote_01",
      number: "Q-2026-0042",
      currency_code: "usd",
      valid_until: "Dec 31, 2026",
    },
    customer: { name: "Jane Buyer", email: "jane@buyer.example", company: "Buyer & Co" },
    agreement: {
      template_id: "agtpl_01",
      name: "Supply and installation agreement",
      version: 3,
      blocks: [
        { type: "paragraph", text: "Buyer & Co orders the goods below from Acme Storage Ltd." },
        { type: "items", rows: items },
        { type: "paragraph", text: "Payment terms: a deposit of $1,740.00 is due on signing." },
      ],
    },
    selected_item_ids: ["qitem_1", "qitem_2"],
    items,
    totals: {
      subtotal: "$5,800.00",
      discount_total: "$0.00",
      tax_total: "$0.00",
      total: "$5,800.00",
      deposit_due: "$1,740.00",
    },
    consent_text: "I agree to sign this agreement electronically.",
    locale: "en-US",
    ...overrides,
  }
}

function signedInput(document = agreementDocument(), signerName = "Jane Buyer"): SignedPdfInput {
  const image = png(300, 100)
  return {
    document,
    signature: {
      signer_name: signerName,
      signer_email: "jane@buyer.example",
      signed_at: new Date("2026-11-22T09:26:53.120Z"),
      ip: "203.0.113.7",
      user_agent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
      identified_by: "link",
      image,
    },
    document_sha256: documentSha256(document),
    signature_sha256: sha256Hex(image),
    audit_trail: [
      {
        at: new Date("2026-11-20T08:00:00.000Z"),
        event: "quote.sent",
        actor: "staff@acme.example",
      },
      { at: new Date("2026-11-22T09:20:11.000Z"), event: "quote.viewed", actor: "quote link" },
      { at: new Date("2026-11-22T09:26:53.120Z"), event: "agreement.signed", actor: signerName },
    ],
  }
}

const branding: PdfBranding = { name: "Acme Storage Ltd", primary_color: "#0b7a75" }

let workDir: string

function ensurePopplerInstalled() {
  for (const tool of ["pdftotext", "pdfinfo", "pdfimages"]) {
    const probe = spawnSync(tool, ["-v"])
    if (probe.error) {
      throw new Error(
        `${tool} is required by the PDF tests and was not found (${probe.error.message}). ` +
          `Install poppler-utils (apt-get install poppler-utils); .ci/run does.`
      )
    }
  }
}

function writePdf(name: string, pdf: Buffer): string {
  const file = join(workDir, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)]
  return execFileSync("pdftotext", ["-layout", ...pages, file, "-"], { encoding: "utf8" })
}

function pageCount(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" })
  return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])
}

/** Width × height of every image embedded in the file (alpha masks left out). */
function embeddedImageSizes(file: string): string[] {
  return execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter(([, , type]) => type === "image")
    .map(([, , , width, height]) => `${width}x${height}`)
}

beforeAll(() => {
  ensurePopplerInstalled()
  workDir = mkdtempSync(join(tmpdir(), "agreement-pdf-"))
})

afterAll(() => {
  if (workDir) {
    rmSync(workDir, { recursive: true, force: true })
  }
})

describe("renderQuotePdf", () => {
  it("prints the quote, the customer, the agreement, the items, the totals and the consent that will be asked", async () => {
    const file = writePdf("quote", await renderQuotePdf(agreementDocument(), branding))
    const text = pdfText(file)

    expect(text).toContain("Acme Storage Ltd")
    expect(text).toContain("Q-2026-0042")
    expect(text).toContain("Jane Buyer")
    expect(text).toContain("Buyer & Co")
    expect(text).toContain("Valid until: Dec 31, 2026")
    expect(text).toContain("Supply and installation agreement")
    expect(text).toContain("Agreement version 3")
    expect(text).toContain("Buyer & Co orders the goods below from Acme Storage Ltd.")
    expect(text).toContain("Industrial shelving unit")
    expect(text).toContain("Galvanised steel, 5 shelves")
    expect(text).toMatch(/Total\s+\$5,800\.00/)
    expect(text).toMatch(/Deposit due\s+\$1,740\.00/)
    expect(text).toContain("When you sign, you will be asked to confirm:")
    expect(text).toContain("I agree to sign this agreement electronically.")
    expect(text).toContain(`Page 1 of ${pageCount(file)}`)
    expect(text).not.toContain("Signature certificate")
  })

  it("renders the same input to byte-identical files when given a fixed date", async () => {
    const generated_at = new Date("2026-11-20T08:00:00Z")
    const first = await renderQuotePdf(agreementDocument(), branding, { generated_at })
    const second = await renderQuotePdf(agreementDocument(), branding, { generated_at })
    expect(first.equals(second)).toBe(true)
  })

  it("shows the merchant logo, and skips a logo in a format PDF cannot embed", async () => {
    const withLogo = writePdf(
      "quote-logo",
      await renderQuotePdf(agreementDocument(), { ...branding, logo: png(120, 40) })
    )
    expect(embeddedImageSizes(withLogo)).toEqual(["120x40"])

    const webp = Buffer.from("RIFF\x00\x00\x00\x00WEBPVP8 ", "latin1")
    const withWebp = writePdf(
      "quote-webp",
      await renderQuotePdf(agreementDocument(), { ...branding, logo: webp, primary_color: "red;" })
    )
    expect(embeddedImageSizes(withWebp)).toEqual([])
    expect(pdfText(withWebp)).toContain("Acme Storage Ltd")
  })
})

describe("renderSignedAgreementPdf", () => {
  it("prints the signer, the quote number, the agreement text, the items, the total and both hashes", async () => {
    const input = signedInput()
    const file = writePdf("signed", await renderSignedAgreementPdf(input, branding))
    const text = pdfText(file)

    expect(text).toContain("Jane Buyer")
    expect(text).toContain("jane@buyer.example")
    expect(text).toContain("Signed at 2026-11-22T09:26:53.120Z (UTC)")
    expect(text).toContain("Q-2026-0042")
    expect(text).toContain("Payment terms: a deposit of $1,740.00 is due on signing.")
    expect(text).toContain("On-site installation")
    expect(text).toMatch(/Total\s+\$5,800\.00/)
    expect(text).toContain("The signer confirmed:")
    expect(text).toContain(input.document_sha256)
    expect(text).toContain(input.signature_sha256)
  })

  it("embeds the drawn signature image", async () => {
    const file = writePdf("signed-image", await renderSignedAgreementPdf(signedInput(), branding))
    expect(embeddedImageSizes(file)).toEqual(["300x100"])
  })

  it("ends with the signature certificate, holding the signing evidence and both full hashes", async () => {
    const input = signedInput()
    const file = writePdf("certificate", await renderSignedAgreementPdf(input, branding))
    const pages = pageCount(file)
    const certificate = pdfText(file, pages)

    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pdfText(file, pages - 1)).not.toContain("Signature certificate")
    expect(certificate).toContain("Signature certificate")
    expect(certificate).toMatch(/Quote number\s+Q-2026-0042/)
    expect(certificate).toContain("Supply and installation agreement, version 3")
    expect(certificate).toMatch(/Signer name\s+Jane Buyer/)
    expect(certificate).toMatch(/Signer email\s+jane@buyer\.example/)
    expect(certificate).toMatch(/Identified by\s+Secure quote link/)
    expect(certificate).toMatch(/IP address\s+203\.0\.113\.7/)
    expect(certificate).toContain("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
    expect(certificate).toContain("I agree to sign this agreement electronically.")
    expect(certificate).toMatch(/Signed at \(UTC\)\s+2026-11-22T09:26:53\.120Z \(UTC\)/)
    expect(certificate).toMatch(/2026-11-20T08:00:00\.000Z\s+quote\.sent\s+staff@acme\.example/)
    expect(certificate).toMatch(/2026-11-22T09:26:53\.120Z\s+agreement\.signed\s+Jane Buyer/)
    expect(certificate).toContain("The SHA-256 of this PDF file itself is recorded by the merchant")
    expect(certificate).toContain(`Page ${pages} of ${pages}`)

    // Each hash is one unbroken line of text, so it can be searched and copied whole.
    const lines = certificate.split("\n").map((line) => line.trim())
    expect(lines).toContain(input.document_sha256)
    expect(lines).toContain(input.signature_sha256)
  })

  it("keeps the certificate last when a long agreement spans several pages", async () => {
    const long = agreementDocument()
    long.agreement.blocks = Array.from({ length: 80 }, (_, n) => ({
      type: "paragraph" as const,
      text: `Clause ${n + 1}. The parties agree to the terms of this clause in full.`,
    }))
    const file = writePdf("long", await renderSignedAgreementPdf(signedInput(long), branding))
    const pages = pageCount(file)

    expect(pages).toBeGreaterThanOrEqual(4)
    expect(pdfText(file, 1)).toContain(`Page 1 of ${pages}`)
    expect(pdfText(file, pages - 1)).toContain("Clause 80.")
    expect(pdfText(file, pages - 1)).toMatch(/Signed electronically by/i)
    expect(pdfText(file, pages)).toContain("Signature certificate")
  })

  it("prints buyer text literally: markup in a name or in the agreement is never interpreted", async () => {
    const script = "<script>alert(1)</script>"
    const document = agreementDocument({
      customer: { name: script, email: "jane@buyer.example", company: "<b>Bold</b> & Co" },
    })
    document.agreement.blocks = [{ type: "paragraph", text: `Ordered by ${script} &amp; friends.` }]
    const file = writePdf(
      "script",
      await renderSignedAgreementPdf(signedInput(document, script), branding)
    )
    const text = pdfText(file)

    expect(text).toContain(script)
    expect(text).toContain("<b>Bold</b> & Co")
    expect(text).toContain(`Ordered by ${script} &amp; friends.`)
    expect(pdfText(file, pageCount(file))).toMatch(/Signer name\s+<script>alert\(1\)<\/script>/)
  })

  it("renders the same input to byte-identical files, dated with the signing time", async () => {
    const first = await renderSignedAgreementPdf(signedInput(), branding)
    const second = await renderSignedAgreementPdf(signedInput(), branding)
    expect(first.equals(second)).toBe(true)

    const info = execFileSync("pdfinfo", ["-isodates", writePdf("dated", first)], {
      encoding: "utf8",
    })
    expect(info).toMatch(/CreationDate:\s+2026-11-22T09:26:53/)
  })

  it("refuses a signature image that is not a PNG", async () => {
    const input = signedInput()
    input.signature.image = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")
    await expect(renderSignedAgreementPdf(input, branding)).rejects.toThrow(/PNG/)
  })
})
