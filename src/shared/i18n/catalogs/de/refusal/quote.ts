import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/quote"

const quote: Messages<typeof en> = {
  cannot_become:
    "Angebot {{number}} ist $t(status.quote.{{from}}) und kann nicht mehr $t(status.quote.{{to}}) werden",
  cannot_become_unnumbered:
    "Das Angebot ist $t(status.quote.{{from}}) und kann nicht mehr $t(status.quote.{{to}}) werden",
  not_editable:
    "Angebot {{number}} ist $t(status.quote.{{status}}) und kann nicht mehr geändert werden",
  not_editable_unnumbered:
    "Das Angebot ist $t(status.quote.{{status}}) und kann nicht mehr geändert werden",
  expired: "Angebot {{number}} ist abgelaufen; bitte fordern Sie ein neues Angebot an",
  expired_unnumbered: "Das Angebot ist abgelaufen; bitte fordern Sie ein neues Angebot an",
  not_duplicable:
    "Angebot {{number}} ist $t(status.quote.{{status}}); nur abgelaufene, abgelehnte, stornierte oder angenommene Angebote können dupliziert werden",
  not_duplicable_unnumbered:
    "Das Angebot ist $t(status.quote.{{status}}); nur abgelaufene, abgelehnte, stornierte oder angenommene Angebote können dupliziert werden",
}

export default quote
