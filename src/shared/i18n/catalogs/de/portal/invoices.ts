import type { Messages } from "../../../catalog"
import type en from "../../en/portal/invoices"

const invoices: Messages<typeof en> = {
  list: {
    heading: "Rechnungen von {{company}}",
    loading: "Rechnungen werden geladen …",
    empty: "Noch keine Rechnungen.",
    no_match: "Keine Rechnungen entsprechen dem Filter.",
    filters: {
      all: "Alle Rechnungen",
      due: "Zu bezahlen (offen oder überfällig)",
      overdue: "Überfällig",
      paid: "Bezahlt",
    },
    paid: "Bezahlt am {{date}}",
    due: "Fällig am {{date}}",
    due_on_receipt: "Fällig bei Erhalt",
    order: "Bestellung Nr. {{number}}",
    quote: "Angebot {{number}}",
  },
  invoice: {
    title: "Rechnung",
    back: "← Alle Rechnungen",
    loading: "Rechnung wird geladen …",
    not_found: "Diese Rechnung wurde nicht gefunden",
    due: "Fällig",
    on_receipt: "Bei Erhalt",
    order: "Bestellung",
    order_link: "Bestellung Nr. {{number}}",
    no_order: "Keine",
    quote: "Angebot",
    quote_link: "Angebot {{number}}",
    no_quote: "Keines",
    receipt: "Zahlung erhalten. Das PDF ist Ihr Beleg.",
    receipt_on: "Zahlung am {{date}} erhalten. Das PDF ist Ihr Beleg.",
  },
}

export default invoices
