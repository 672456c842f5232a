/**
 * Reading PDFs in tests with an npm library (`unpdf`, a build of Mozilla's
 * PDF.js) instead of poppler's `pdftotext`, so `npm test` needs nothing beyond
 * Node and npm. Unit, HTTP and browser tests all read PDFs through this file.
 *
 * The text comes out laid out like `pdftotext -layout`: one line per baseline,
 * items on a line in reading order, a wide gap (a table column) as two or more
 * spaces. Pages are separated by a form feed.
 */
import type { StructuredTextItem } from "unpdf" with { "resolution-mode": "import" }

type Unpdf = typeof import("unpdf", { with: { "resolution-mode": "import" } })

let loading: Promise<Unpdf> | undefined

/**
 * PDF.js 5 copies image data with `ArrayBuffer.prototype.transferToFixedLength`,
 * which Node has only from 21 on; this package supports Node 20. A copy is all
 * PDF.js needs (it never reads the old buffer again).
 */
function polyfillTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & {
    transferToFixedLength?: (length?: number) => ArrayBuffer
  }
  if (typeof proto.transferToFixedLength === "function") {
    return
  }
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}

/** unpdf's PDF.js is ESM; loaded with a dynamic import() (jest keeps it, see jest.config.js). */
function loadUnpdf(): Promise<Unpdf> {
  polyfillTransfer()
  loading ??= import("unpdf")
  return loading
}

export type PdfImage = { page: number; width: number; height: number }

export type ReadPdf = {
  /** Text of each page, in order. */
  pages: string[]
  /** Every page's text, separated by form feeds. */
  text: string
  /** The document information dictionary as stored (dates stay PDF date strings, "D:2026…"). */
  info: Record<string, unknown>
  /** The images drawn on each page, alpha masks merged into their image. */
  images: PdfImage[]
}

const sameLine = (a: StructuredTextItem, y: number) =>
  Math.abs(a.y - y) <= Math.max(1.5, a.fontSize * 0.25)

/** One page's text items as lines of text, like `pdftotext -layout`. */
export function layoutText(items: StructuredTextItem[]): string {
  const rows: Array<{ y: number; items: StructuredTextItem[] }> = []
  for (const item of items) {
    if (item.str === "") {
      continue
    }
    const row = rows.find((r) => sameLine(item, r.y))
    if (row) {
      row.items.push(item)
    } else {
      rows.push({ y: item.y, items: [item] })
    }
  }
  rows.sort((a, b) => b.y - a.y)
  return rows
    .map((row) => {
      row.items.sort((a, b) => a.x - b.x)
      let line = ""
      let end = Number.NEGATIVE_INFINITY
      for (const item of row.items) {
        // PDF.js reports the space between two runs as a " " item spanning
        // it; the gap is measured between the runs that carry text.
        if (item.str.trim() === "") {
          continue
        }
        const gap = item.x - end
        if (line !== "" && gap > item.fontSize * 0.9) {
          line += "  "
        } else if (line !== "" && gap > item.fontSize * 0.15) {
          line += " "
        }
        line += item.str
        end = item.x + item.width
      }
      return line
    })
    .join("\n")
}

export async function readPdf(pdf: Buffer | Uint8Array): Promise<ReadPdf> {
  const { getDocumentProxy, extractTextItems, extractImages, getMeta } = await loadUnpdf()
  // PDF.js takes ownership of (and detaches) the bytes it is given: pass a copy.
  const document = await getDocumentProxy(new Uint8Array(pdf))
  try {
    const { items } = await extractTextItems(document)
    const pages = items.map(layoutText)
    const { info } = await getMeta(document)
    const images: PdfImage[] = []
    for (let page = 1; page <= document.numPages; page++) {
      for (const image of await extractImages(document, page)) {
        images.push({ page, width: image.width, height: image.height })
      }
    }
    return { pages, text: pages.join("\n\f"), info, images }
  } finally {
    await document.destroy()
  }
}

/** The text of a PDF (or of one page, counted from 1). */
export async function pdfText(pdf: Buffer | Uint8Array, page?: number): Promise<string> {
  const { pages, text } = await readPdf(pdf)
  if (page === undefined) {
    return text
  }
  if (page < 1 || page > pages.length) {
    throw new Error(`The PDF has ${pages.length} pages; page ${page} does not exist`)
  }
  return pages[page - 1]
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string | RegExp): number {
  if (typeof needle === "string") {
    return text.split(needle).length - 1
  }
  const flags = needle.flags.includes("g") ? needle.flags : `${needle.flags}g`
  return [...text.matchAll(new RegExp(needle.source, flags))].length
}
