import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/status"

const status: Messages<typeof en> = {
  quote: {
    requested: "angefragt",
    draft: "ein Entwurf",
    sent: "versendet",
    viewed: "angesehen",
    accepted: "angenommen",
    declined: "abgelehnt",
    expired: "abgelaufen",
    cancelled: "storniert",
  },
  invoice: { unpaid: "unbezahlt", paid: "bezahlt", overdue: "überfällig", void: "storniert" },
  purchase_order: {
    draft: "ein Entwurf",
    sent: "versendet",
    change_requested: "in Änderung",
    acknowledged: "bestätigt",
    partially_received: "teilweise eingegangen",
    received: "eingegangen",
    cancelled: "storniert",
  },
  bill: {
    submitted: "eingereicht",
    approved: "freigegeben",
    paid: "bezahlt",
    rejected: "abgelehnt",
  },
}

export default status
