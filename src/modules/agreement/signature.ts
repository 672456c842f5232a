import { MedusaError } from "@medusajs/framework/utils"
import { PNG } from "pngjs"
import { refusal, type RefusalValues } from "../../lib/refusal"
import type refusals from "../../shared/i18n/catalogs/en/refusal/agreement"

export const MAX_SIGNATURE_BYTES = 1024 * 1024
export const MAX_SIGNATURE_SIDE = 4000
/**
 * At most this many pixels, read from the PNG header before decoding: a tiny file can
 * decode to seconds of work, and the storefront's pad at a 3× ratio stays under 1 MP
 * (docs/ARCHITECTURE.md, "Security rules").
 */
export const MAX_SIGNATURE_PIXELS = 1_000_000
/** A signature needs at least this many pixels of ink; a click or a speck is not one. */
export const MIN_INK_PIXELS = 50

const DATA_URL_PREFIX = "data:image/png;base64,"
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A refusal of the signature: `agreement.signature.<reason>`. */
const invalid = (reason: keyof typeof refusals.signature, values?: RefusalValues) =>
  refusal(MedusaError.Types.INVALID_DATA, `agreement.signature.${reason}`, values)
const tooLarge = () => invalid("too_large", { megabytes: MAX_SIGNATURE_BYTES / (1024 * 1024) })

/**
 * Checks a drawn signature sent as a PNG data URL and returns its bytes:
 * a real PNG (magic bytes and a decodable image), at most 1 MB, 4000 pixels a
 * side and 1 million pixels in all, and not blank.
 */
export function parseSignatureDataUrl(dataUrl: string): Buffer {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) {
    throw invalid("not_png_data_url")
  }
  const encoded = dataUrl.slice(DATA_URL_PREFIX.length)
  // Refuse oversized input before decoding it.
  if (Math.floor((encoded.length * 3) / 4) > MAX_SIGNATURE_BYTES + 2) {
    throw tooLarge()
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) {
    throw invalid("not_base64")
  }
  const bytes = Buffer.from(encoded, "base64")
  if (bytes.length > MAX_SIGNATURE_BYTES) {
    throw tooLarge()
  }
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    throw invalid("not_png")
  }
  // IHDR follows the magic: length (4), "IHDR" (4), width (4), height (4).
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (!width || !height || width > MAX_SIGNATURE_SIDE || height > MAX_SIGNATURE_SIDE) {
    throw invalid("too_wide", { side: MAX_SIGNATURE_SIDE })
  }
  if (width * height > MAX_SIGNATURE_PIXELS) {
    throw invalid("too_many_pixels", { width, height })
  }
  let image: PNG
  try {
    image = PNG.sync.read(bytes)
  } catch {
    throw invalid("unreadable")
  }
  if (countInkPixels(image) < MIN_INK_PIXELS) {
    throw invalid("empty")
  }
  return bytes
}

/** Pixels that differ visibly from the background (the first pixel) and are not transparent. */
function countInkPixels(image: PNG): number {
  const { data } = image
  const [r0, g0, b0, a0] = [data[0], data[1], data[2], data[3]]
  let ink = 0
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]
    if (alpha < 16) continue
    const differs =
      Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 48 ||
      (a0 < 16 && alpha >= 16)
    if (differs) ink++
  }
  return ink
}
