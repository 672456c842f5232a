/**
 * Documents a merchant shares with a company and the files a company uploads when asked
 * (docs/ARCHITECTURE.md, "Documents"): the kinds of file taken, told by their content, and
 * the limits. Pure, so the server's checks, the admin and the storefront share them.
 */

/** The largest file a document may be; a bigger upload is refused with 413. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
export const MAX_DOCUMENT_TITLE_LENGTH = 200
export const MAX_DOCUMENT_CAPTION_LENGTH = 500
export const MAX_DOCUMENT_FILE_NAME_LENGTH = 255

/**
 * The kinds of file a document may be, each with the extensions its name may end in and
 * its media type. Never SVG or HTML: they can carry script and are served back to browsers.
 */
export const DOCUMENT_TYPES = {
  pdf: { extensions: ["pdf"], mime_type: "application/pdf" },
  png: { extensions: ["png"], mime_type: "image/png" },
  jpeg: { extensions: ["jpg", "jpeg"], mime_type: "image/jpeg" },
  webp: { extensions: ["webp"], mime_type: "image/webp" },
  gif: { extensions: ["gif"], mime_type: "image/gif" },
  docx: {
    extensions: ["docx"],
    mime_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  xlsx: {
    extensions: ["xlsx"],
    mime_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  pptx: {
    extensions: ["pptx"],
    mime_type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  odt: { extensions: ["odt"], mime_type: "application/vnd.oasis.opendocument.text" },
  ods: { extensions: ["ods"], mime_type: "application/vnd.oasis.opendocument.spreadsheet" },
  doc: { extensions: ["doc"], mime_type: "application/msword" },
  xls: { extensions: ["xls"], mime_type: "application/vnd.ms-excel" },
} as const
export type DocumentType = keyof typeof DOCUMENT_TYPES

/** The types a browser may show inline (a preview); the rest are downloaded. */
export const PREVIEWABLE_TYPES: readonly DocumentType[] = ["pdf", "png", "jpeg", "webp", "gif"]
/** The types a gallery shows as pictures. */
export const PICTURE_TYPES: readonly DocumentType[] = ["png", "jpeg", "webp", "gif"]

/** The extensions a file picker offers: ".pdf,.png,…". */
export const DOCUMENT_ACCEPT = Object.values(DOCUMENT_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(",")

/** The type a file name claims by its extension ("Offer.PDF" → pdf), or null. */
export function claimedDocumentType(fileName: string): DocumentType | null {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim())?.[1]?.toLowerCase()
  if (!extension) return null
  const found = Object.entries(DOCUMENT_TYPES).find(([, type]) =>
    (type.extensions as readonly string[]).includes(extension)
  )
  return (found?.[0] as DocumentType | undefined) ?? null
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0))

/** Whether `bytes` holds `needle` within its first `within` bytes. */
function holds(bytes: Uint8Array, needle: string, within = bytes.length): boolean {
  const wanted = ascii(needle)
  const end = Math.min(bytes.length, within) - wanted.length
  outer: for (let at = 0; at <= end; at++) {
    for (let i = 0; i < wanted.length; i++) if (bytes[at + i] !== wanted[i]) continue outer
    return true
  }
  return false
}

/**
 * What a file really is, from its bytes, whatever its name or stated type; null for anything
 * the portal does not take. Office files are told apart by what their ZIP holds (OOXML's
 * part names, OpenDocument's `mimetype` entry) or their OLE header.
 */
export function documentTypeOf(bytes: Uint8Array): DocumentType | null {
  const starts = (signature: number[] | string, at = 0) => {
    const wanted = typeof signature === "string" ? ascii(signature) : signature
    return bytes.length >= at + wanted.length && wanted.every((byte, i) => bytes[at + i] === byte)
  }
  if (starts("%PDF-")) return "pdf"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  if (starts([0xff, 0xd8, 0xff])) return "jpeg"
  if (starts("RIFF") && starts("WEBP", 8)) return "webp"
  if (starts("GIF87a") || starts("GIF89a")) return "gif"
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument stores its type uncompressed as the first entry, named "mimetype".
    if (starts("mimetype", 30)) {
      if (holds(bytes, "application/vnd.oasis.opendocument.text", 120)) return "odt"
      if (holds(bytes, "application/vnd.oasis.opendocument.spreadsheet", 120)) return "ods"
      return null
    }
    // OOXML: the central directory at the end names the parts.
    if (holds(bytes, "[Content_Types].xml")) {
      if (holds(bytes, "word/")) return "docx"
      if (holds(bytes, "xl/")) return "xlsx"
      if (holds(bytes, "ppt/")) return "pptx"
    }
    return null
  }
  // OLE compound file (Word 97–2003, Excel 97–2003): told apart by the name the file claims.
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc"
  return null
}

/**
 * The type of an upload when its content is what its name claims, else null: a file that
 * names no type the portal takes, or whose bytes are another kind, is refused. An OLE file
 * may be named .doc or .xls (both share one header).
 */
export function checkedDocumentType(fileName: string, bytes: Uint8Array): DocumentType | null {
  const claimed = claimedDocumentType(fileName)
  const actual = documentTypeOf(bytes)
  if (!claimed || !actual) return null
  if (actual === "doc" && (claimed === "doc" || claimed === "xls")) return claimed
  return claimed === actual ? actual : null
}

/** "Offer 2026.pdf" as a download name any client takes: no paths, quotes or controls. */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ""
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join("")
    .replace(/["<>:|?*]/g, "")
    .trim()
  return cleaned.slice(-MAX_DOCUMENT_FILE_NAME_LENGTH) || "document"
}

/** What staff attach a document to: only its company, or one of the company's records. */
export const DOCUMENT_ATTACHMENTS = ["company", "quote", "order"] as const
export type DocumentAttachment = (typeof DOCUMENT_ATTACHMENTS)[number]
/** Where a document may be: staff's places, or an item of a document request (an upload). */
export const DOCUMENT_PLACES = [...DOCUMENT_ATTACHMENTS, "request_item", "work_request"] as const
export type DocumentPlace = (typeof DOCUMENT_PLACES)[number]

/** A document request: open for uploads, done (a contact said so), closed by staff. */
export const DOCUMENT_REQUEST_STATUSES = ["open", "done", "closed"] as const
export type DocumentRequestStatus = (typeof DOCUMENT_REQUEST_STATUSES)[number]
export const MAX_DOCUMENT_REQUEST_ITEMS = 50
export const MAX_DOCUMENT_REQUEST_NOTE_LENGTH = 2000
