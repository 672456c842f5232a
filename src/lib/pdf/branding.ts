export type PdfBranding = {
  name: string
  /** CSS hex colour, "#rgb" or "#rrggbb"; anything else falls back to the default. */
  primary_color?: string
  /** PNG or JPEG bytes; other formats are left out rather than failing a signing. */
  logo?: Buffer | null
}

export const DEFAULT_ACCENT_COLOR = "#1f2937"

export function accentColor(branding: PdfBranding): string {
  const color = branding.primary_color?.trim()
  return color && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : DEFAULT_ACCENT_COLOR
}

export type PdfImageSource = { data: Buffer; format: "png" | "jpg" }

/** The formats PDF (and react-pdf) can embed, recognised by their magic bytes. */
export function embeddableImage(bytes: Buffer | null | undefined): PdfImageSource | null {
  if (!bytes || bytes.length < 8) {
    return null
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { data: bytes, format: "png" }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { data: bytes, format: "jpg" }
  }
  return null
}
