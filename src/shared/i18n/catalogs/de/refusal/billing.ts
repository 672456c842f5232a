import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/billing"

const billing: Messages<typeof en> = {
  cannot_become:
    "Rechnung {{number}} ist $t(status.invoice.{{from}}) und kann nicht mehr $t(status.invoice.{{to}}) werden",
  cannot_become_unnumbered:
    "Die Rechnung ist $t(status.invoice.{{from}}) und kann nicht mehr $t(status.invoice.{{to}}) werden",
  not_payable: "Rechnung {{number}} ist $t(status.invoice.{{status}})",
  already_paid: "Rechnung {{number}} ist bereits bezahlt",
  no_longer_payable: "Rechnung {{number}} kann nicht mehr bezahlt werden",
  provider_unavailable:
    "Der Zahlungsanbieter {{provider}} steht für Rechnung {{number}} nicht zur Verfügung",
  session_not_found: "Die Zahlungssitzung {{id}} wurde nicht gefunden",
  not_found: "Rechnung {{id}} wurde nicht gefunden",
}

export default billing
