import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/documents"

const documents: Messages<typeof en> = {
  file_missing: "Wählen Sie eine Datei zum Hochladen",
  file_too_large: "Die Datei ist größer als {{megabytes}} MB",
  file_type:
    "{{name}} ist keine Datei, die das Portal annimmt, oder ihr Inhalt passt nicht zu ihrem Namen: Laden Sie ein PDF, ein Bild (PNG, JPEG, WebP, GIF) oder ein Office-Dokument (Word, Excel, PowerPoint, OpenDocument) hoch",
  not_found: "Dokument {{id}} wurde nicht gefunden",
}

export default documents
