import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/status"

const status: Messages<typeof en> = {
  quote: {
    requested: "demandé",
    draft: "un brouillon",
    sent: "envoyé",
    viewed: "consulté",
    accepted: "accepté",
    declined: "refusé",
    expired: "expiré",
    cancelled: "annulé",
  },
  invoice: { unpaid: "impayée", paid: "payée", overdue: "en retard", void: "annulée" },
  purchase_order: {
    draft: "un brouillon",
    sent: "envoyé",
    change_requested: "en attente d’une modification",
    acknowledged: "confirmé",
    partially_received: "reçu en partie",
    received: "reçu",
    cancelled: "annulé",
  },
  bill: { submitted: "soumise", approved: "approuvée", paid: "payée", rejected: "rejetée" },
}

export default status
