import type { Messages } from "../../../catalog"
import type en from "../../en/portal/orders"

const orders: Messages<typeof en> = {
  label: "Commande n° {{number}}",
  list: {
    heading: "Commandes de {{company}}",
    loading: "Chargement des commandes…",
    empty: "Aucune commande pour le moment.",
    no_match: "Aucune commande ne correspond.",
    all: "Toutes les commandes",
    open: "En cours",
    placed_on: "Passée le {{date}}",
    from_quote: "issue du devis {{number}}",
    tracking: "Suivi : {{numbers}}",
  },
  order: {
    title: "Commande",
    back: "← Toutes les commandes",
    loading: "Chargement de la commande…",
    not_found: "Cette commande est introuvable",
    placed: "Passée le",
    total: "Total",
    deposit_paid: "Acompte payé",
    balance_paid: "Solde payé",
    quote: "Devis",
    quote_link: "Devis {{number}}",
    none: "Aucun",
    signed_agreement: "Accord signé",
    yes: "Oui",
    no: "Non",
    totals: "Totaux",
    invoices: "Factures",
    no_invoices: "Aucune facture pour le moment.",
  },
  shipments: {
    title: "Expéditions",
    delivered_on: "Livrée le {{date}}",
    shipped_on: "Expédiée le {{date}}",
    being_prepared: "En préparation",
    track: "Suivre {{number}}",
    tracking: "Numéro de suivi {{number}}",
    none: "Rien n’a encore été expédié.",
  },
  items: {
    title: "Articles",
    item: "Article",
    quantity: "Quantité",
    unit_price: "Prix unitaire",
    total_before_tax: "Total (hors taxes)",
  },
}

export default orders
