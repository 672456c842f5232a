import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/quote"

const quote: Messages<typeof en> = {
  cannot_become:
    "Le devis {{number}} est $t(status.quote.{{from}}) et ne peut plus devenir $t(status.quote.{{to}})",
  cannot_become_unnumbered:
    "Le devis est $t(status.quote.{{from}}) et ne peut plus devenir $t(status.quote.{{to}})",
  not_editable: "Le devis {{number}} est $t(status.quote.{{status}}) et ne peut plus être modifié",
  not_editable_unnumbered: "Le devis est $t(status.quote.{{status}}) et ne peut plus être modifié",
  expired: "Le devis {{number}} a expiré ; demandez un nouveau devis",
  expired_unnumbered: "Le devis a expiré ; demandez un nouveau devis",
  not_duplicable:
    "Le devis {{number}} est $t(status.quote.{{status}}) ; seuls les devis expirés, refusés, annulés ou acceptés peuvent être dupliqués",
  not_duplicable_unnumbered:
    "Le devis est $t(status.quote.{{status}}) ; seuls les devis expirés, refusés, annulés ou acceptés peuvent être dupliqués",
}

export default quote
