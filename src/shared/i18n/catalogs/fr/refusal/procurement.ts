import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/procurement"

const procurement: Messages<typeof en> = {
  purchase_order: {
    cannot_become:
      "Le bon de commande {{number}} est $t(status.purchase_order.{{from}}) et ne peut pas passer au statut « $t(status.purchase_order.{{to}}) »",
    cannot_become_unnumbered:
      "Le bon de commande est $t(status.purchase_order.{{from}}) et ne peut pas passer au statut « $t(status.purchase_order.{{to}}) »",
    not_editable:
      "Le bon de commande {{number}} est $t(status.purchase_order.{{status}}) et ses lignes ne peuvent plus être modifiées",
    not_editable_unnumbered:
      "Le bon de commande est $t(status.purchase_order.{{status}}) et ses lignes ne peuvent plus être modifiées",
    not_found: "Le bon de commande {{id}} est introuvable",
    changed_meanwhile:
      "Le bon de commande {{number}} a été modifié entre-temps ; rechargez-le et réessayez",
    not_billable:
      "Le bon de commande {{number}} est $t(status.purchase_order.{{status}}) ; seuls les bons de commande confirmés ou reçus peuvent être facturés",
  },
  acknowledgement: {
    line_not_on_order: "La ligne {{line}} ne figure pas sur le bon de commande {{number}}",
    line_twice: "La ligne {{line}} est indiquée deux fois",
    not_a_date: "La date promise doit être une date comme 2026-12-31, pas « {{value}} »",
    in_the_past: "La date promise {{date}} est passée (nous sommes le {{today}}, UTC)",
    every_line: "Indiquez une date promise pour chaque ligne du bon de commande {{number}}",
    note_too_long: "La note dépasse {{max}} caractères",
  },
  change_request: {
    empty: "Indiquez ce qui doit changer",
    too_long: "Le message dépasse {{max}} caractères",
  },
  bill: {
    not_found: "La facture fournisseur {{id}} est introuvable",
    cannot_become:
      "La facture {{number}} est $t(status.bill.{{from}}) et ne peut pas passer au statut « $t(status.bill.{{to}}) »",
    cannot_become_unnumbered:
      "La facture est $t(status.bill.{{from}}) et ne peut pas passer au statut « $t(status.bill.{{to}}) »",
    duplicate_number:
      "Vous avez déjà soumis la facture {{number}} ; utilisez un autre numéro de facture (le numéro d’une facture rejetée peut être réutilisé)",
    number_length: "Le numéro de facture doit compter de 1 à {{max}} caractères",
    amount_not_positive: "Le montant doit être supérieur à 0",
    amount_decimals: "Le montant a plus de {{decimals}} décimales pour {{currency}}",
    due_date_invalid: "La date d’échéance doit être une date comme 2026-12-31, pas « {{value}} »",
    file_missing: "Envoyez le PDF de la facture dans le champ multipart `file`",
    file_too_large: "Le fichier dépasse {{megabytes}} Mo",
    not_pdf: "La facture doit être un fichier PDF",
  },
}

export default procurement
