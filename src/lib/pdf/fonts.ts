import { dirname, join } from "node:path"
import * as fontkit from "fontkit"
import type { ReactPdf } from "./load-react-pdf"

/**
 * The fonts every portal PDF embeds: Noto Sans, then Noto Sans CJK per missing glyph, and
 * `printable()` for what neither covers, so a name never prints as a wrong letter or an
 * empty box (docs/ARCHITECTURE.md, "Layers").
 */
export const BODY_FONT = "Portal Noto Sans"
export const CJK_FONT = "Portal Noto Sans CJK"
/** `fontFamily` of every text style: react-pdf falls back along it per character. */
export const FONT_STACK = [BODY_FONT, CJK_FONT]
/** Hashes are hex digits: PDF's built-in Courier covers them, nothing to embed. */
export const MONO_FONT = "Courier"

function packageFont(pkg: string, file: string): string {
  // The packages export only their index (dist/index.cjs); the fonts sit in ../fonts.
  return join(dirname(require.resolve(pkg)), "..", "fonts", file)
}

export const FONT_FILES = {
  regular: packageFont("@embedpdf/fonts-latin", "NotoSans-Regular.ttf"),
  bold: packageFont("@embedpdf/fonts-latin", "NotoSans-Bold.ttf"),
  cjkRegular: packageFont("@embedpdf/fonts-sc", "NotoSansHans-Regular.otf"),
  cjkBold: packageFont("@embedpdf/fonts-sc", "NotoSansHans-Bold.otf"),
}

const registeredIn = new WeakSet<object>()

/**
 * Registers the portal fonts with react-pdf's font store, once per loaded
 * react-pdf. `loadReactPdf()` calls it, so any PDF built from that module
 * (quotes, signed agreements, invoices) can use FONT_STACK with fontWeight
 * 400 or 700.
 */
export function registerPortalFonts(pdf: ReactPdf): void {
  if (registeredIn.has(pdf.Font)) {
    return
  }
  pdf.Font.register({
    family: BODY_FONT,
    fonts: [
      { src: FONT_FILES.regular, fontWeight: 400 },
      { src: FONT_FILES.bold, fontWeight: 700 },
    ],
  })
  pdf.Font.register({
    family: CJK_FONT,
    fonts: [
      { src: FONT_FILES.cjkRegular, fontWeight: 400 },
      { src: FONT_FILES.cjkBold, fontWeight: 700 },
    ],
  })
  // react-pdf's default hyphenation is English syllables; it would split
  // names and hashes. Words break only at spaces (and long words anywhere).
  pdf.Font.registerHyphenationCallback((word) => [word])
  registeredIn.add(pdf.Font)
}

type CoverageFont = { hasGlyphForCodePoint(codePoint: number): boolean }

let coverage: CoverageFont[] | undefined

function coverageFonts(): CoverageFont[] {
  coverage ??= [FONT_FILES.regular, FONT_FILES.cjkRegular].map(
    (file) => fontkit.openSync(file) as unknown as CoverageFont
  )
  return coverage
}

const covered = new Map<number, boolean>()

/** Whether the embedded fonts can draw this character. */
export function canDraw(codePoint: number): boolean {
  let known = covered.get(codePoint)
  if (known === undefined) {
    // Line breaks, tabs and other controls are layout, not glyphs.
    known =
      codePoint < 0x20 ||
      codePoint === 0xad ||
      coverageFonts().some((font) => font.hasGlyphForCodePoint(codePoint))
    covered.set(codePoint, known)
  }
  return known
}

const codePointLabel = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`

/**
 * Text as the PDF can print it: NFC (so "ễ" typed as e + two accents uses the
 * font's own "ễ"), and each run of characters the embedded fonts cannot draw
 * replaced by its code points in brackets. Lossless and unambiguous, where a
 * missing glyph would print an empty box or, with PDF's built-in fonts, a
 * different letter.
 */
export function printable(text: string): string {
  let out = ""
  let missing: string[] = []
  const flush = () => {
    if (missing.length > 0) {
      out += `[${missing.join(" ")}]`
      missing = []
    }
  }
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0) as number
    if (canDraw(codePoint)) {
      flush()
      out += char
    } else {
      missing.push(codePointLabel(codePoint))
    }
  }
  flush()
  return out
}

/** `printable()` applied to every string of a value (objects and arrays copied, Buffers and Dates kept). */
export function printableDeep<T>(value: T): T {
  if (typeof value === "string") {
    return printable(value) as T
  }
  if (Array.isArray(value)) {
    return value.map((entry) => printableDeep(entry)) as T
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value) && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, printableDeep(entry)])
    ) as T
  }
  return value
}
