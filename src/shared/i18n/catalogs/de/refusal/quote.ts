import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/quote"

const quote: Messages<typeof en> = {
  cannot_become:
    "Angebot {{number}} ist $t(status.quote.{{from}}) und kann nicht mehr $t(status.quote.{{to}}) werden",
  cannot_become_unnumbered:
    "Das Angebot ist $t(status.quote.{{from}}) und kann nicht mehr $t(status.quote.{{to}}) werden",
  not_editable:
    "Angebot {{number}} ist $t(status.quote.{{status}}) und kann nicht mehr geändert werden",
  not_editable_unnumbered:
    "Das Angebot ist $t(status.quote.{{status}}) und kann nicht mehr geändert werden",
  expired: "Angebot {{number}} ist abgelaufen; bitte fordern Sie ein neues Angebot an",
  expired_unnumbered: "Das Angebot ist abgelaufen; bitte fordern Sie ein neues Angebot an",
  not_duplicable:
    "Angebot {{number}} ist $t(status.quote.{{status}}); nur abgelaufene, abgelehnte, stornierte oder angenommene Angebote können dupliziert werden",
  not_duplicable_unnumbered:
    "Das Angebot ist $t(status.quote.{{status}}); nur abgelaufene, abgelehnte, stornierte oder angenommene Angebote können dupliziert werden",
  not_found: "Angebot {{id}} wurde nicht gefunden",
  not_selectable:
    "Nur die optionalen Positionen dieses Angebots können ausgewählt werden; nicht: {{ids}}",
  no_such_address: "Der Kunde hat keine Adresse {{id}}",
  no_shipping_address:
    "Angebot {{number}} hat keine Lieferadresse; der Händler muss eine hinzufügen, bevor es angenommen werden kann",
  nothing_selected:
    "Wählen Sie mindestens eine Position von Angebot {{number}} aus, bevor Sie es annehmen",
  signing_required:
    "Zu Angebot {{number}} gehört eine Vereinbarung; es wird angenommen, indem Sie diese unterzeichnen",
  changed_concurrently:
    "Angebot {{number}} wurde durch eine andere Anfrage geändert; laden Sie es neu und versuchen Sie es erneut",
  prices_changed:
    "Die Bestellung würde {{order_total}} kosten, das Angebot beträgt aber {{quote_total}}; Preise, Steuern oder Rabattaktionen haben sich seit der Kalkulation geändert: Laden Sie das Angebot neu und prüfen Sie es, bevor Sie es annehmen",
  not_stocked: "{{item}} ist an keinem Lager vorrätig, von dem dieser Shop versendet",
  not_stocked_unnamed: "Ein Artikel ist an keinem Lager vorrätig, von dem dieser Shop versendet",
  request_cart_not_found: "Warenkorb nicht gefunden",
  requests_off: "Angebotsanfragen sind im Portal deaktiviert; wenden Sie sich an den Händler",
  request_cart_empty: "Der Warenkorb ist leer; fügen Sie zuerst Produkte hinzu",
  variants_not_found: "Produktvariante(n) nicht gefunden: {{ids}}",
}

export default quote
