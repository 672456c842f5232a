import type { Messages } from "../../../catalog"
import type en from "../../en/portal/orders"

const orders: Messages<typeof en> = {
  label: "Bestellung Nr. {{number}}",
  list: {
    heading: "Bestellungen von {{company}}",
    loading: "Bestellungen werden geladen …",
    empty: "Noch keine Bestellungen.",
    no_match: "Keine passenden Bestellungen.",
    all: "Alle Bestellungen",
    open: "In Bearbeitung",
    placed_on: "Aufgegeben am {{date}}",
    from_quote: "aus Angebot {{number}}",
    tracking: "Sendungsverfolgung: {{numbers}}",
  },
  order: {
    title: "Bestellung",
    back: "← Alle Bestellungen",
    loading: "Bestellung wird geladen …",
    not_found: "Diese Bestellung wurde nicht gefunden",
    placed: "Aufgegeben am",
    total: "Gesamtbetrag",
    deposit_paid: "Bezahlte Anzahlung",
    balance_paid: "Bezahlter Restbetrag",
    quote: "Angebot",
    quote_link: "Angebot {{number}}",
    none: "Keines",
    signed_agreement: "Unterschriebene Vereinbarung",
    yes: "Ja",
    no: "Nein",
    totals: "Summen",
    invoices: "Rechnungen",
    no_invoices: "Noch keine Rechnungen.",
  },
  shipments: {
    title: "Sendungen",
    delivered_on: "Zugestellt am {{date}}",
    shipped_on: "Versandt am {{date}}",
    being_prepared: "In Vorbereitung",
    track: "{{number}} verfolgen",
    tracking: "Sendungsnummer {{number}}",
    none: "Bisher wurde nichts versandt.",
  },
  items: {
    title: "Positionen",
    item: "Artikel",
    quantity: "Menge",
    unit_price: "Stückpreis",
    total_before_tax: "Summe (vor Steuern)",
  },
}

export default orders
