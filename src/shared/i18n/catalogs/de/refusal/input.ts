import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/input"

const input: Messages<typeof en> = {
  text_nul: "{{field}} enthält ein NUL-Zeichen",
  text_surrogate: "{{field}} ist kein gültiges Unicode (ein einzelnes Surrogat)",
  key_nul: "Ein Schlüssel in {{field}} enthält ein NUL-Zeichen",
  key_surrogate: "Ein Schlüssel in {{field}} ist kein gültiges Unicode (ein einzelnes Surrogat)",
  too_deep: "{{field}} ist tiefer als {{levels}} Ebenen verschachtelt",
  segment_encoding: "Der Pfadabschnitt „{{segment}}“ ist nicht gültig als UTF-8 prozentkodiert",
  segment_invalid:
    "Der Pfadabschnitt „{{segment}}“ ist keine gültige ID: Verwenden Sie Buchstaben, Ziffern, „_“ und „-“, höchstens 200",
  path_encoding: "Der Pfad ist nicht gültig als UTF-8 prozentkodiert",
  token_invalid: "Das Token im Pfad ist nicht gültig",
  query_encoding: "Der Abfrageparameter „{{name}}“ ist nicht gültig als UTF-8 prozentkodiert",
  query_unknown: "Unbekannter Abfrageparameter „{{name}}“",
  no_query: "Diese Route nimmt keine Abfrageparameter an",
  path_parameter: "Ungültiger Pfadparameter {{name}}: {{problem}}",
  json_only: "Senden Sie den Anfragetext als application/json",
  body_object: "Der Anfragetext muss ein JSON-Objekt sein",
  file_too_large: "Die Datei ist größer als {{megabytes}} MB",
  form_too_large:
    "Zu viele oder zu große Formularfelder. Laden Sie eine Datei als Multipart-Feld `{{field}}` hoch",
  upload_unreadable:
    "Der Upload konnte nicht gelesen werden ({{detail}}). Laden Sie eine Datei als Multipart-Feld `{{field}}` hoch",
}

export default input
