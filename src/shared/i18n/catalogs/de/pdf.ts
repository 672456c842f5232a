import type { Messages } from "../../catalog"
import type en from "../en/pdf"

const pdf: Messages<typeof en> = {
  layout: {
    page: "Seite {{page}} von {{pages}}",
    item: "Position",
    quantity: "Menge",
    unit_price: "Einzelpreis",
    discount: "Rabatt",
    total: "Betrag",
  },
  totals: {
    subtotal: "Zwischensumme",
    discount: "Rabatte",
    shipping: "Versand",
    credit: "Gutschrift",
    tax: "Steuer",
    total: "Gesamtbetrag",
    paid: "Bezahlt",
    outstanding: "Offen",
  },
  invoice: {
    deposit: "Anzahlungsrechnung",
    balance: "Schlussrechnung",
    final: "Rechnung",
    bill_to: "Rechnungsempfänger",
    invoice: "Rechnung",
    number: "Rechnungsnummer: {{number}}",
    status: "Stand: {{status}}",
    status_paid: "Bezahlt",
    status_unpaid: "Unbezahlt",
    status_overdue: "Unbezahlt (überfällig)",
    issued: "Ausgestellt: {{date}}",
    due: "Fällig: {{date}}",
    paid_on: "Bezahlt am: {{date}}",
    order: "Bestellung Nr. {{number}}",
    quote: "Angebot {{number}}",
    order_lines: "Bestellpositionen",
    this_invoice: "Diese Rechnung",
    amount: "Betrag der {{kind}}",
    on_the_order: "{{row}} auf die Bestellung",
    paid_mark: "BEZAHLT",
    paid_reference: "BEZAHLT · Zahlungsreferenz: {{reference}}",
    unpaid_mark: "UNBEZAHLT · Bitte zahlen Sie bis zum {{date}}.",
    footer: "Rechnung {{number}}",
  },
}

export default pdf
