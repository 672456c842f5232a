import type { Messages } from "../../../catalog"
import type en from "../../en/portal/invoices"

const invoices: Messages<typeof en> = {
  list: {
    heading: "Factures de {{company}}",
    loading: "Chargement des factures…",
    empty: "Aucune facture pour l’instant.",
    no_match: "Aucune facture ne correspond.",
    filters: {
      all: "Toutes les factures",
      due: "À payer (impayées ou en retard)",
      overdue: "En retard",
      paid: "Payées",
    },
    paid: "Payée le {{date}}",
    due: "Échéance le {{date}}",
    due_on_receipt: "Payable à réception",
    order: "Commande n° {{number}}",
    quote: "Devis {{number}}",
  },
  invoice: {
    title: "Facture",
    back: "← Toutes les factures",
    loading: "Chargement de la facture…",
    not_found: "Cette facture est introuvable",
    due: "Échéance",
    on_receipt: "À réception",
    order: "Commande",
    order_link: "Commande n° {{number}}",
    no_order: "Aucune",
    quote: "Devis",
    quote_link: "Devis {{number}}",
    no_quote: "Aucun",
    receipt: "Paiement reçu. Le PDF vaut reçu.",
    receipt_on: "Paiement reçu le {{date}}. Le PDF vaut reçu.",
  },
}

export default invoices
