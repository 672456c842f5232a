import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/cart"

const cart: Messages<typeof en> = {
  busy: "Dieser Warenkorb wird gerade abgeschlossen oder geändert; bitte versuchen Sie es gleich noch einmal",
  not_found: "Warenkorb nicht gefunden",
  already_placed:
    "Dieser Warenkorb wurde bereits als Bestellung aufgegeben; beginnen Sie einen neuen Warenkorb",
  not_portal_channel:
    "Dieser Warenkorb liegt nicht im Vertriebskanal des Portals; legen Sie ihn mit dem Publishable Key des Portals an",
  bound_by_other:
    "Dieser Warenkorb wurde von einem anderen Kunden für das Portal eingerichtet; beginnen Sie einen neuen Warenkorb",
  prices_hidden:
    "Im Portal sind die Preise ausgeblendet, daher können keine Bestellungen aufgegeben werden; fordern Sie stattdessen ein Angebot an",
  ordering_off: "Bestellungen sind im Portal ausgeschaltet; fordern Sie stattdessen ein Angebot an",
  no_company:
    "Dieser Portal-Warenkorb gibt nicht an, für welches Unternehmen er ist; legen Sie es mit POST /store/portal/cart-company fest",
  left_portal_channel:
    "Dieser Portal-Warenkorb liegt nicht mehr im Vertriebskanal des Portals; beginnen Sie im Portal einen neuen Warenkorb",
  set_up_by_other:
    "Dieser Portal-Warenkorb wurde von einem anderen Kunden eingerichtet; beginnen Sie einen neuen Warenkorb",
  not_contact: "Sie sind kein aktiver Portalkontakt des Unternehmens, für das dieser Warenkorb ist",
  teams_forbid_ordering: "Ihre Teams bei {{company}} erlauben keine Bestellungen (orders.place)",
  company_changed:
    "Das Unternehmen dieses Warenkorbs hat sich geändert, während die Bestellung aufgegeben wurde; bitte versuchen Sie es erneut",
  out_of_stock: "{{title}} ist nicht vorrätig.",
  out_of_stock_unnamed: "Dieses Produkt ist nicht vorrätig.",
  not_enough_stock: "{{title}} ist nicht in ausreichender Menge vorrätig ({{quantity}} gewünscht).",
  not_enough_stock_unnamed:
    "Dieses Produkt ist nicht in ausreichender Menge vorrätig ({{quantity}} gewünscht).",
  only_available: "{{title}}: nur {{available}} verfügbar.",
  only_available_unnamed: "Dieses Produkt: nur {{available}} verfügbar.",
  order_not_found: "Bestellung {{id}} wurde nicht gefunden",
  product_not_found: "Produkt nicht gefunden",
  region_not_found: "Region {{region}} wurde nicht gefunden",
  no_default_region: "Der Shop hat keine Standardregion: Geben Sie region_id an",
}

export default cart
