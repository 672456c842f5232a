import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/documents"

const documents: Messages<typeof en> = {
  file_missing: "Wählen Sie eine Datei zum Hochladen",
  file_too_large: "Die Datei ist größer als {{megabytes}} MB",
  file_type:
    "{{name}} ist keine Datei, die das Portal annimmt, oder ihr Inhalt passt nicht zu ihrem Namen: Laden Sie ein PDF, ein Bild (PNG, JPEG, WebP, GIF) oder ein Office-Dokument (Word, Excel, PowerPoint, OpenDocument) hoch",
  request_not_found: "Dokumentanfrage {{id}} wurde nicht gefunden",
  request_item_not_found: "Diese Anfrage verlangt kein Dokument {{id}}",
  request_not_open:
    "„{{title}}“ nimmt keine Dateien mehr an; bitten Sie den Absender, die Anfrage wieder zu öffnen, falls etwas fehlt",
  not_found: "Dokument {{id}} wurde nicht gefunden",
}

export default documents
