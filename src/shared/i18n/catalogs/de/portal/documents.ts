import type { Messages } from "../../../catalog"
import type en from "../../en/portal/documents"

const documents: Messages<typeof en> = {
  list: {
    heading: "Dokumente von {{company}}",
    loading: "Dokumente werden geladen …",
    empty: "Mit Ihnen wurden noch keine Dokumente geteilt.",
    no_match: "Keine passenden Dokumente.",
    all: "Alle Dokumente",
    company: "Für das Unternehmen",
    quotes: "Zu Angeboten",
    orders: "Zu Bestellungen",
    files: "Dateien",
    pictures: "Bilder",
  },
  document: {
    added_on: "Hinzugefügt am {{date}}",
    open: "Öffnen",
    open_named: "Öffnen: {{title}}",
    opening: "Wird geöffnet …",
    download: "Herunterladen",
    download_named: "Herunterladen: {{title}}",
    downloading: "Wird heruntergeladen …",
    see_order: "Zur Bestellung",
    see_quote: "Zum Angebot",
    picture_loading: "Bild wird geladen …",
    picture_failed: "Das Bild konnte nicht geladen werden.",
  },
  size: {
    bytes: "{{size}} B",
    kilobytes: "{{size}} KB",
    megabytes: "{{size}} MB",
  },
  types: {
    pdf: "PDF",
    png: "PNG-Bild",
    jpeg: "JPEG-Bild",
    webp: "WebP-Bild",
    gif: "GIF-Bild",
    docx: "Word-Dokument",
    xlsx: "Excel-Tabelle",
    pptx: "PowerPoint-Präsentation",
    odt: "OpenDocument-Text",
    ods: "OpenDocument-Tabelle",
    doc: "Word-Dokument (altes Format)",
    xls: "Excel-Tabelle (altes Format)",
  },
  order: {
    title: "Dokumente",
    loading: "Dokumente der Bestellung werden geladen …",
    empty: "Zu dieser Bestellung gibt es noch keine Dokumente.",
  },
}

export default documents
