import type { Messages } from "../../catalog"
import type en from "../en/pdf"

const pdf: Messages<typeof en> = {
  layout: {
    page: "Page {{page}} sur {{pages}}",
    item: "Article",
    quantity: "Qté",
    unit_price: "Prix unitaire",
    discount: "Remise",
    total: "Montant",
  },
  totals: {
    subtotal: "Sous-total",
    discount: "Remises",
    shipping: "Livraison",
    credit: "Avoir",
    tax: "TVA",
    total: "Total TTC",
    paid: "Payé",
    outstanding: "Reste dû",
  },
  invoice: {
    deposit: "Facture d'acompte",
    balance: "Facture de solde",
    final: "Facture",
    bill_to: "Facturer à",
    invoice: "Facture",
    number: "Numéro de facture : {{number}}",
    status: "Statut : {{status}}",
    status_paid: "Payée",
    status_unpaid: "Impayée",
    status_overdue: "Impayée (en retard)",
    issued: "Émise le : {{date}}",
    due: "Échéance : {{date}}",
    paid_on: "Payée le : {{date}}",
    order: "Commande n° {{number}}",
    quote: "Devis {{number}}",
    order_lines: "Lignes de commande",
    this_invoice: "Cette facture",
    amount: "Montant : {{kind}}",
    on_the_order: "{{row}} sur la commande",
    paid_mark: "PAYÉE",
    paid_reference: "PAYÉE · Référence de paiement : {{reference}}",
    unpaid_mark: "IMPAYÉE · Merci de régler avant le {{date}}.",
    footer: "Facture {{number}}",
  },
}

export default pdf
