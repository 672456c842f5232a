// The words of the portal's documents (the Documents page and an order's documents), in
// English: the source every other language's portal/documents.ts translates key for key
// (src/shared/i18n/catalog.ts). `{{name}}` is a value filled in on the page.
const documents = {
  list: {
    heading: "Documents of {{company}}",
    loading: "Loading documents…",
    empty: "No documents have been shared with you yet.",
    no_match: "No documents match.",
    all: "All documents",
    company: "For the company",
    quotes: "For quotes",
    orders: "For orders",
    files: "Files",
    pictures: "Pictures",
  },
  document: {
    /** The pieces of a document's hint line, joined with " · ". */
    added_on: "Added {{date}}",
    open: "Open",
    /** The button's name for screen readers: its visible word, then the document. */
    open_named: "Open {{title}}",
    opening: "Opening…",
    download: "Download",
    download_named: "Download {{title}}",
    downloading: "Downloading…",
    see_order: "See the order",
    see_quote: "See the quote",
    picture_loading: "Loading the picture…",
    picture_failed: "The picture could not be loaded.",
  },
  /** A file's size; the number is formatted in the page's language. */
  size: {
    bytes: "{{size}} B",
    kilobytes: "{{size}} KB",
    megabytes: "{{size}} MB",
  },
  /** The kinds of file a document may be (src/shared/documents.ts). */
  types: {
    pdf: "PDF",
    png: "PNG image",
    jpeg: "JPEG image",
    webp: "WebP image",
    gif: "GIF image",
    docx: "Word document",
    xlsx: "Excel spreadsheet",
    pptx: "PowerPoint presentation",
    odt: "OpenDocument text",
    ods: "OpenDocument spreadsheet",
    doc: "Word document (old format)",
    xls: "Excel spreadsheet (old format)",
  },
  /** Staff's requests for named documents, above the list, and their upload dialog. */
  requests: {
    heading: "Requested documents",
    status_open: "Open",
    status_done: "Done",
    status_closed: "Closed",
    items: "Documents asked for in {{title}}",
    due: "Due {{date}}",
    nothing_uploaded: "Nothing uploaded yet.",
    uploaded: "Uploaded",
    upload: "Upload",
    upload_named: "Upload {{name}}",
    done_button: "Done uploading",
    done_sending: "Sending…",
    done_on: "You told us you were done uploading on {{date}}.",
    closed: "This request is closed.",
    dialog_title: "Upload {{name}}",
    file: "File",
    file_hint: "PDF, pictures, Word, Excel, PowerPoint or OpenDocument files, up to {{size}} MB.",
    file_missing: "Choose a file to upload.",
    file_too_large: "The file is larger than {{size}} MB.",
    completely_done: "I'm completely done uploading",
    submit: "Upload",
    uploading: "Uploading…",
  },
  order: {
    title: "Documents",
    loading: "Loading the order's documents…",
    empty: "No documents for this order yet.",
  },
  quote: {
    title: "Documents",
    loading: "Loading the quote's documents…",
    empty: "No documents for this quote yet.",
  },
}

export default documents
