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
  not_found: "Le devis {{id}} est introuvable",
  not_selectable: "Seuls les articles optionnels de ce devis peuvent être choisis ; pas : {{ids}}",
  no_such_address: "Le client n’a pas d’adresse {{id}}",
  no_shipping_address:
    "Le devis {{number}} n’a pas d’adresse de livraison ; le marchand doit en ajouter une avant qu’il puisse être accepté",
  nothing_selected: "Choisissez au moins un article du devis {{number}} avant de l’accepter",
  signing_required:
    "Le devis {{number}} est assorti d’un contrat ; il s’accepte en signant celui-ci",
  changed_concurrently:
    "Le devis {{number}} a été modifié par une autre requête ; rechargez-le et réessayez",
  prices_changed:
    "La commande s’élèverait à {{order_total}} mais le devis s’élève à {{quote_total}} ; les prix, les taxes ou les promotions ont changé depuis son chiffrage : rechargez le devis et vérifiez-le avant de l’accepter",
  not_stocked: "{{item}} n’est en stock dans aucun des entrepôts d’où cette boutique expédie",
  not_stocked_unnamed:
    "Un article n’est en stock dans aucun des entrepôts d’où cette boutique expédie",
  request_cart_not_found: "Panier introuvable",
  requests_off: "Les demandes de devis sont désactivées dans le portail ; contactez le marchand",
  request_cart_empty: "Le panier est vide ; ajoutez d’abord des produits",
  variants_not_found: "Variante(s) de produit introuvable(s) : {{ids}}",
}

export default quote
