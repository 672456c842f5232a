import { PNG } from "pngjs"
import { refusalOf, refusalText } from "../../../lib/refusal"
import { documentSha256, sha256Hex } from "../hashing"
import { MAX_SIGNATURE_BYTES, MAX_SIGNATURE_PIXELS, parseSignatureDataUrl } from "../signature"

/** A PNG with a transparent background and, optionally, a stroke across it. */
function png(width: number, height: number, strokeLength: number, opaqueWhite = false): Buffer {
  const image = new PNG({ width, height }) // all zero: transparent black
  if (opaqueWhite) image.data.fill(255)
  const y = Math.floor(height / 2)
  for (let x = 0; x < Math.min(strokeLength, width); x++) {
    const i = (y * width + x) * 4
    image.data[i] = image.data[i + 1] = image.data[i + 2] = 10
    image.data[i + 3] = 255
  }
  // No filter search: pngjs tries every row filter otherwise, which is slow on large images.
  return PNG.sync.write(image, { filterType: 0 })
}

const dataUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString("base64")}`

describe("parseSignatureDataUrl", () => {
  it("accepts a drawn signature and returns its PNG bytes", () => {
    const bytes = png(300, 100, 200)
    expect(parseSignatureDataUrl(dataUrl(bytes)).equals(bytes)).toBe(true)
  })

  it("accepts ink on an opaque white background", () => {
    expect(() => parseSignatureDataUrl(dataUrl(png(300, 100, 200, true)))).not.toThrow()
  })

  it.each([
    ["a transparent blank pad", png(300, 100, 0)],
    ["a white blank pad", png(300, 100, 0, true)],
    ["a single dot", png(300, 100, 3)],
  ])("refuses %s as empty", (_label, bytes) => {
    expect(() => parseSignatureDataUrl(dataUrl(bytes))).toThrow(/empty/)
  })

  it("refuses another image type", () => {
    expect(() => parseSignatureDataUrl("data:image/jpeg;base64,/9j/4AAQ")).toThrow(/PNG image/)
  })

  it("refuses bytes that are not a PNG behind a PNG data URL", () => {
    const gif = Buffer.from("GIF89a" + "x".repeat(100))
    expect(() => parseSignatureDataUrl(dataUrl(gif))).toThrow(/not a PNG/)
  })

  it("refuses a PNG header followed by garbage", () => {
    const bytes = png(300, 100, 200)
    const broken = Buffer.concat([bytes.subarray(0, 40), Buffer.alloc(200, 7)])
    expect(() => parseSignatureDataUrl(dataUrl(broken))).toThrow(/could not be read/)
  })

  it("refuses more than 1 MB", () => {
    const huge = Buffer.concat([png(10, 10, 10), Buffer.alloc(MAX_SIGNATURE_BYTES, 1)])
    expect(() => parseSignatureDataUrl(dataUrl(huge))).toThrow(/1 MB/)
  })

  it("refuses an image wider than 4000 pixels before decoding it", () => {
    const bytes = png(10, 10, 10)
    bytes.writeUInt32BE(4001, 16)
    expect(() => parseSignatureDataUrl(dataUrl(bytes))).toThrow(/4000×4000/)
  })

  it("accepts the widest pad the storefront draws: 930×204 CSS pixels at ratio 2", () => {
    expect(() => parseSignatureDataUrl(dataUrl(png(1860, 408, 400)))).not.toThrow()
  })

  it("accepts a signature of exactly the pixel cap", () => {
    expect(() => parseSignatureDataUrl(dataUrl(png(2000, 500, 400)))).not.toThrow()
    expect(2000 * 500).toBe(MAX_SIGNATURE_PIXELS)
  })

  it("refuses an image over the pixel cap from its header, before decoding it", () => {
    const bytes = png(2000, 501, 400)
    const decode = jest.spyOn(PNG.sync, "read")
    try {
      expect(() => parseSignatureDataUrl(dataUrl(bytes))).toThrow(/at most 1,000,000 pixels/)
      expect(decode).not.toHaveBeenCalled()
    } finally {
      decode.mockRestore()
    }
  })

  it("refuses a 4000×4000 image, within the side limit, by its pixel count", () => {
    const bytes = png(10, 10, 10)
    bytes.writeUInt32BE(4000, 16)
    bytes.writeUInt32BE(4000, 20)
    expect(() => parseSignatureDataUrl(dataUrl(bytes))).toThrow(/at most 1,000,000 pixels/)
  })

  it("names its catalog sentence, so the signer reads the refusal in their language", () => {
    let error: unknown
    try {
      parseSignatureDataUrl(dataUrl(png(2000, 501, 400)))
    } catch (thrown) {
      error = thrown
    }
    const found = refusalOf(error)
    expect(found).toEqual({
      refusal_key: "agreement.signature.too_many_pixels",
      refusal_values: { width: 2000, height: 501 },
    })
    expect(refusalText("de", found!.refusal_key, found!.refusal_values)).toBe(
      "Das Unterschriftsbild darf höchstens 1.000.000 Pixel haben (es hat 2000×501)"
    )
  })

  it("refuses invalid base64", () => {
    expect(() => parseSignatureDataUrl("data:image/png;base64,@@@@")).toThrow(/base64/)
  })
})

describe("documentSha256", () => {
  it("hashes the canonical JSON, whatever the key order", () => {
    const a = { quote: { number: "Q-1001", total: "$10.00" }, signer: "Bea" }
    const b = { signer: "Bea", quote: { total: "$10.00", number: "Q-1001" } }
    expect(documentSha256(a)).toBe(documentSha256(b))
    expect(documentSha256(a)).toBe(
      sha256Hex('{"quote":{"number":"Q-1001","total":"$10.00"},"signer":"Bea"}')
    )
  })

  it("changes when one character of the document changes", () => {
    expect(documentSha256({ total: "$10.00" })).not.toBe(documentSha256({ total: "$10.01" }))
  })
})
