import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/billing"

const billing: Messages<typeof en> = {
  cannot_become:
    "La facture {{number}} est $t(status.invoice.{{from}}) et ne peut plus devenir $t(status.invoice.{{to}})",
  cannot_become_unnumbered:
    "La facture est $t(status.invoice.{{from}}) et ne peut plus devenir $t(status.invoice.{{to}})",
  not_payable: "La facture {{number}} est $t(status.invoice.{{status}})",
  already_paid: "La facture {{number}} a déjà été payée",
  no_longer_payable: "La facture {{number}} ne peut plus être payée",
  provider_unavailable:
    "Le prestataire de paiement {{provider}} n’est pas disponible pour la facture {{number}}",
  session_not_found: "La session de paiement {{id}} est introuvable",
  not_found: "La facture {{id}} est introuvable",
}

export default billing
