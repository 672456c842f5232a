import { PNG } from "pngjs"
import { occurrences, readPdf } from "../../../../integration-tests/helpers/pdf-text"
import type { AgreementDocument, SignedPdfInput } from "../document"
import { documentSha256, sha256Hex } from "../hashing"
import { renderQuotePdf, renderSignedAgreementPdf, type PdfBranding } from "../pdf"
import { printable } from "../../../lib/pdf/fonts"

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
      valid_until: "2026-12-31T12:00:00.000Z",
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

/** A rendered PDF, read back with the npm PDF reader (integration-tests/helpers/pdf-text.ts). */
async function read(pdf: Buffer) {
  const file = await readPdf(pdf)
  return {
    ...file,
    pageCount: file.pages.length,
    /** Page `n`, counted from 1. */
    page: (n: number) => file.pages[n - 1],
    imageSizes: file.images.map((image) => `${image.width}x${image.height}`),
  }
}

/** Intl puts narrow no-break spaces in some dates and times; tests read them as spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

const ITEMS_HEADER = /Item\s+Qty\s+Unit price\s+Total/

/** A quote sent without an agreement template, as buildAgreementDocument describes it. */
function quoteWithoutAgreement(): AgreementDocument {
  const document = agreementDocument()
  document.agreement = { template_id: "", name: "Quote Q-2026-0042", version: 0, blocks: [] }
  return document
}

describe("renderQuotePdf", () => {
  it("prints the quote, the customer, the agreement, the items, the totals and the consent that will be asked", async () => {
    const file = await read(await renderQuotePdf(agreementDocument(), branding))
    const text = file.text

    expect(text).toContain("Acme Storage Ltd")
    expect(text).toContain("Q-2026-0042")
    expect(text).toContain("Jane Buyer")
    expect(text).toContain("Buyer & Co")
    expect(text).toContain("Valid until: December 31, 2026")
    expect(text).toContain("Supply and installation agreement")
    expect(text).toContain("Agreement version 3")
    expect(text).toContain("Buyer & Co orders the goods below from Acme Storage Ltd.")
    expect(text).toContain("Industrial shelving unit")
    expect(text).toContain("Galvanised steel, 5 shelves")
    expect(text).toMatch(/Total\s+\$5,800\.00/)
    expect(text).toMatch(/Deposit due\s+\$1,740\.00/)
    expect(text).toContain("When you sign, you will be asked to confirm:")
    expect(text).toContain("I agree to sign this agreement electronically.")
    expect(text).toContain(`Page 1 of ${file.pageCount}`)
    expect(text).not.toContain("Signature certificate")
  })

  it("renders the same input to byte-identical files when given a fixed date", async () => {
    const generated_at = new Date("2026-11-20T08:00:00Z")
    const first = await renderQuotePdf(agreementDocument(), branding, { generated_at })
    const second = await renderQuotePdf(agreementDocument(), branding, { generated_at })
    expect(first.equals(second)).toBe(true)
  })

  it("shows the merchant logo, and skips a logo in a format PDF cannot embed", async () => {
    const withLogo = await read(
      await renderQuotePdf(agreementDocument(), { ...branding, logo: png(120, 40) })
    )
    expect(withLogo.imageSizes).toEqual(["120x40"])

    const webp = Buffer.from("RIFF\x00\x00\x00\x00WEBPVP8 ", "latin1")
    const withWebp = await read(
      await renderQuotePdf(agreementDocument(), { ...branding, logo: webp, primary_color: "red;" })
    )
    expect(withWebp.imageSizes).toEqual([])
    expect(withWebp.text).toContain("Acme Storage Ltd")
  })
})

describe("renderSignedAgreementPdf", () => {
  it("prints the signer, the quote number, the agreement text, the items, the total and both hashes", async () => {
    const input = signedInput()
    const text = spaced((await read(await renderSignedAgreementPdf(input, branding))).text)

    expect(text).toContain("Jane Buyer")
    expect(text).toContain("jane@buyer.example")
    // The merchant's clock (PORTAL_TIME_ZONE, UTC by default), then the exact instant.
    expect(text).toContain("Signed at November 22, 2026 at 9:26:53 AM UTC")
    expect(text).toContain("2026-11-22T09:26:53.120Z (UTC)")
    expect(text).toContain("Q-2026-0042")
    expect(text).toContain("Payment terms: a deposit of $1,740.00 is due on signing.")
    expect(text).toContain("On-site installation")
    expect(text).toMatch(/Total\s+\$5,800\.00/)
    expect(text).toContain("The signer confirmed:")
    expect(text).toContain(input.document_sha256)
    expect(text).toContain(input.signature_sha256)
  })

  it("embeds the drawn signature image", async () => {
    const file = await read(await renderSignedAgreementPdf(signedInput(), branding))
    expect(file.imageSizes).toEqual(["300x100"])
  })

  it("ends with the signature certificate, holding the signing evidence and both full hashes", async () => {
    const input = signedInput()
    const file = await read(await renderSignedAgreementPdf(input, branding))
    const pages = file.pageCount
    const certificate = file.page(pages)

    expect(pages).toBeGreaterThanOrEqual(2)
    expect(file.page(pages - 1)).not.toContain("Signature certificate")
    expect(certificate).toContain("Signature certificate")
    expect(certificate).toMatch(/Quote number\s+Q-2026-0042/)
    expect(certificate).toContain("Supply and installation agreement, version 3")
    expect(certificate).toMatch(/Signer name\s+Jane Buyer/)
    expect(certificate).toMatch(/Signer email\s+jane@buyer\.example/)
    expect(certificate).toMatch(/Identified by\s+Secure quote link/)
    expect(certificate).toMatch(/IP address\s+203\.0\.113\.7/)
    expect(certificate).toContain("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
    expect(certificate).toContain("I agree to sign this agreement electronically.")
    expect(certificate).toMatch(/Signed \(exact UTC\)\s+2026-11-22T09:26:53\.120Z \(UTC\)/)
    // In UTC the local time would repeat the instant: one row, one zone in the header.
    expect(certificate).not.toContain("Signed (local time)")
    expect(certificate).toMatch(/Time \(UTC\)\s+Event/)
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
    const file = await read(await renderSignedAgreementPdf(signedInput(long), branding))
    const pages = file.pageCount

    expect(pages).toBeGreaterThanOrEqual(4)
    expect(file.page(1)).toContain(`Page 1 of ${pages}`)
    expect(file.page(pages - 1)).toContain("Clause 80.")
    expect(file.page(pages - 1)).toMatch(/Signed electronically by/i)
    expect(file.page(pages)).toContain("Signature certificate")
  })

  it("prints buyer text literally: markup in a name or in the agreement is never interpreted", async () => {
    const script = "<script>alert(1)</script>"
    const document = agreementDocument({
      customer: { name: script, email: "jane@buyer.example", company: "<b>Bold</b> & Co" },
    })
    document.agreement.blocks = [{ type: "paragraph", text: `Ordered by ${script} &amp; friends.` }]
    const file = await read(await renderSignedAgreementPdf(signedInput(document, script), branding))
    const text = file.text

    expect(text).toContain(script)
    expect(text).toContain("<b>Bold</b> & Co")
    expect(text).toContain(`Ordered by ${script} &amp; friends.`)
    expect(file.page(file.pageCount)).toMatch(/Signer name\s+<script>alert\(1\)<\/script>/)
  })

  it("renders the same input to byte-identical files, dated with the signing time", async () => {
    const first = await renderSignedAgreementPdf(signedInput(), branding)
    const second = await renderSignedAgreementPdf(signedInput(), branding)
    expect(first.equals(second)).toBe(true)

    const { info } = await read(first)
    expect(info.CreationDate).toMatch(/^D:20261122092653/)
  })

  it("refuses a signature image that is not a PNG", async () => {
    const input = signedInput()
    input.signature.image = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")
    await expect(renderSignedAgreementPdf(input, branding)).rejects.toThrow(/PNG/)
  })
})

describe("PDF text in every script a buyer's name may use", () => {
  const names = ["Łukasz Żółć-Nguyễn", "Σωκράτης", "Пётр", "张伟", "山田 はなこ"]

  it("prints Latin Extended, Vietnamese, Greek, Cyrillic, Chinese and Japanese names as written", async () => {
    for (const name of names) {
      const document = agreementDocument({
        customer: { name, email: "buyer@example.com", company: `${name} GmbH` },
      })
      document.agreement.blocks = [{ type: "paragraph", text: `Signed for ${name}.` }]
      const file = await read(await renderSignedAgreementPdf(signedInput(document, name), branding))

      expect(file.page(1)).toContain(name)
      expect(file.text).toContain(`${name} GmbH`)
      expect(file.text).toContain(`Signed for ${name}.`)
      expect(file.page(file.pageCount)).toMatch(new RegExp(`Signer name\\s+${name}`))
    }
  }, 60_000)

  it("also in a bold heading, and from decomposed input (e + combining marks)", async () => {
    const decomposed = "Nguyễn".normalize("NFD")
    const file = await read(
      await renderQuotePdf(agreementDocument(), { name: `Cửa hàng ${decomposed} — Пётр & 张伟` })
    )
    expect(file.page(1)).toContain("Cửa hàng Nguyễn — Пётр & 张伟")
  })

  it("prints characters no embedded font covers as their code points, never as other letters", async () => {
    // Korean Hangul and Arabic are in neither Noto Sans nor Noto Sans CJK SC.
    expect(printable("김민준 Kim")).toBe("[U+AE40 U+BBFC U+C900] Kim")
    expect(printable("Łukasz 张伟")).toBe("Łukasz 张伟")
    const document = agreementDocument({
      customer: { name: "김민준", email: "kim@example.com", company: null },
    })
    document.agreement.blocks = [{ type: "paragraph", text: "Witness: محمد (Mohammed)." }]
    const file = await read(await renderQuotePdf(document, branding))
    expect(file.page(1)).toMatch(/^\[U\+AE40 U\+BBFC U\+C900\]\s+Q-2026-0042$/m)
    expect(file.text).toContain("Witness: [U+0645 U+062D U+0645 U+062F] (Mohammed).")
  })
})

describe("dates in the merchant's locale and time zone", () => {
  const warsaw = (document = agreementDocument()) => ({
    ...document,
    locale: "pl-PL",
  })

  it("prints the validity and the signing time on the merchant's calendar and clock", async () => {
    const document = warsaw({
      ...agreementDocument(),
      quote: { ...agreementDocument().quote, valid_until: "2026-12-31T23:30:00.000Z" },
    })
    const quote = spaced(
      (await read(await renderQuotePdf(document, branding, { time_zone: "Europe/Warsaw" }))).text
    )
    // 23:30 UTC on the 31st is already 1 January in Warsaw.
    expect(quote).toContain("Valid until: 1 stycznia 2027")
    expect(quote).not.toContain("2026-12-31T23:30")

    const signed = await read(
      await renderSignedAgreementPdf(signedInput(document), branding, {
        time_zone: "Europe/Warsaw",
      })
    )
    expect(spaced(signed.page(1))).toContain("Signed at 22 listopada 2026 10:26:53 CET")
    expect(signed.page(1)).toContain("2026-11-22T09:26:53.120Z (UTC)")
  })

  it("keeps the exact UTC instant on the certificate next to the local time", async () => {
    const file = await read(
      await renderSignedAgreementPdf(signedInput(warsaw()), branding, {
        time_zone: "Europe/Warsaw",
      })
    )
    const certificate = spaced(file.page(file.pageCount))
    expect(certificate).toMatch(/Signed \(exact UTC\)\s+2026-11-22T09:26:53\.120Z \(UTC\)/)
    expect(certificate).toMatch(
      /Signed \(local time\)\s+22 listopada 2026 10:26:53 CET \(Europe\/Warsaw\)/
    )
    expect(certificate).toMatch(/Time \(UTC, local\)\s+Event/)
    expect(certificate).toMatch(/2026-11-20T08:00:00\.000Z\s+quote\.sent\s+staff@acme\.example/)
    expect(certificate).toContain("20 listopada 2026 09:00:00 CET")
  })

  it("reads the time zone from PORTAL_TIME_ZONE, and an unknown zone prints UTC", async () => {
    const saved = process.env.PORTAL_TIME_ZONE
    try {
      process.env.PORTAL_TIME_ZONE = "America/New_York"
      const local = await read(await renderSignedAgreementPdf(signedInput(), branding))
      expect(spaced(local.page(1))).toContain("Signed at November 22, 2026 at 4:26:53 AM EST")

      process.env.PORTAL_TIME_ZONE = "Mars/Olympus_Mons"
      const fallback = await read(await renderSignedAgreementPdf(signedInput(), branding))
      expect(spaced(fallback.page(1))).toContain("Signed at November 22, 2026 at 9:26:53 AM UTC")
    } finally {
      if (saved === undefined) delete process.env.PORTAL_TIME_ZONE
      else process.env.PORTAL_TIME_ZONE = saved
    }
  })
})

describe("what a quote PDF holds, once", () => {
  it("has no agreement section and no signing box when the quote has no agreement", async () => {
    const file = await read(await renderQuotePdf(quoteWithoutAgreement(), branding))

    expect(file.text).toContain("Industrial shelving unit")
    expect(file.text).toMatch(/Total\s+\$5,800\.00/)
    expect(file.text).not.toContain("Agreement version")
    expect(file.text).not.toContain("When you sign")
    expect(file.text).not.toContain("I agree to sign this agreement electronically.")
    expect(file.text).not.toMatch(/sign/i)
    expect(file.info.Subject).toBe("Quote Q-2026-0042")
    expect(occurrences(file.text, ITEMS_HEADER)).toBe(1)
  })

  it("prints the items table and the totals once when the agreement places the table", async () => {
    const file = await read(await renderQuotePdf(agreementDocument(), branding))

    expect(occurrences(file.text, ITEMS_HEADER)).toBe(1)
    expect(occurrences(file.text, "Industrial shelving unit")).toBe(1)
    expect(occurrences(file.text, /Deposit due\s+\$1,740\.00/)).toBe(1)
    // The table sits where {{quote.items}} is, between the agreement's paragraphs.
    const text = file.text
    expect(text.indexOf("Buyer & Co orders the goods below")).toBeLessThan(
      text.search(ITEMS_HEADER)
    )
    expect(text.search(ITEMS_HEADER)).toBeLessThan(text.indexOf("Payment terms: a deposit"))
  })

  it("prints the table under Selected items when the agreement has no items block", async () => {
    const document = agreementDocument()
    document.agreement.blocks = [{ type: "paragraph", text: "Terms without the table." }]
    for (const pdf of [
      await renderQuotePdf(document, branding),
      await renderSignedAgreementPdf(signedInput(document), branding),
    ]) {
      const { text } = await read(pdf)
      expect(text).toContain("Selected items")
      expect(occurrences(text, ITEMS_HEADER)).toBe(1)
      expect(text).toContain("Agreement version 3")
    }
  })
})
