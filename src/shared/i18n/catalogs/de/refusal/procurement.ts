import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/procurement"

const procurement: Messages<typeof en> = {
  purchase_order: {
    cannot_become:
      "Bestellung {{number}} ist $t(status.purchase_order.{{from}}) und kann nicht auf „$t(status.purchase_order.{{to}})“ gesetzt werden",
    cannot_become_unnumbered:
      "Die Bestellung ist $t(status.purchase_order.{{from}}) und kann nicht auf „$t(status.purchase_order.{{to}})“ gesetzt werden",
    not_editable:
      "Bestellung {{number}} ist $t(status.purchase_order.{{status}}); ihre Positionen können nicht mehr geändert werden",
    not_editable_unnumbered:
      "Die Bestellung ist $t(status.purchase_order.{{status}}); ihre Positionen können nicht mehr geändert werden",
    not_found: "Bestellung {{id}} wurde nicht gefunden",
    changed_meanwhile:
      "Bestellung {{number}} wurde inzwischen geändert; bitte laden Sie sie neu und versuchen Sie es erneut",
    not_billable:
      "Bestellung {{number}} ist $t(status.purchase_order.{{status}}); Rechnungen können nur zu bestätigten oder eingegangenen Bestellungen eingereicht werden",
  },
  acknowledgement: {
    line_not_on_order: "Position {{line}} gehört nicht zu Bestellung {{number}}",
    line_twice: "Position {{line}} ist doppelt angegeben",
    not_a_date: "Der zugesagte Termin muss ein Datum wie 2026-12-31 sein, nicht „{{value}}“",
    in_the_past:
      "Der zugesagte Termin {{date}} liegt in der Vergangenheit (heute ist der {{today}}, UTC)",
    every_line: "Geben Sie für jede Position von Bestellung {{number}} einen zugesagten Termin an",
    note_too_long: "Die Anmerkung ist länger als {{max}} Zeichen",
  },
  change_request: {
    empty: "Geben Sie an, was geändert werden soll",
    too_long: "Die Nachricht ist länger als {{max}} Zeichen",
  },
  bill: {
    not_found: "Lieferantenrechnung {{id}} wurde nicht gefunden",
    cannot_become:
      "Rechnung {{number}} ist $t(status.bill.{{from}}) und kann nicht auf „$t(status.bill.{{to}})“ gesetzt werden",
    cannot_become_unnumbered:
      "Die Rechnung ist $t(status.bill.{{from}}) und kann nicht auf „$t(status.bill.{{to}})“ gesetzt werden",
    duplicate_number:
      "Sie haben Rechnung {{number}} bereits eingereicht; bitte verwenden Sie eine andere Rechnungsnummer (die Nummer einer abgelehnten Rechnung darf erneut verwendet werden)",
    number_length: "Die Rechnungsnummer muss 1 bis {{max}} Zeichen lang sein",
    amount_not_positive: "Der Betrag muss größer als 0 sein",
    amount_decimals: "Der Betrag hat mehr als {{decimals}} Nachkommastellen für {{currency}}",
    due_date_invalid: "Das Fälligkeitsdatum muss ein Datum wie 2026-12-31 sein, nicht „{{value}}“",
    file_missing: "Laden Sie das PDF der Rechnung im Multipart-Feld `file` hoch",
    file_too_large: "Die Datei ist größer als {{megabytes}} MB",
    not_pdf: "Die Rechnung muss eine PDF-Datei sein",
  },
}

export default procurement
