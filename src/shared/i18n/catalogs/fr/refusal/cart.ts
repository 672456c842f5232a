import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/cart"

const cart: Messages<typeof en> = {
  busy: "Ce panier est en cours de validation ou de modification ; réessayez dans un instant",
  not_found: "Panier introuvable",
  already_placed: "Ce panier a déjà été passé en commande ; commencez un nouveau panier",
  not_portal_channel:
    "Ce panier n’est pas dans le canal de vente du portail ; créez-le avec la clé publiable du portail",
  bound_by_other:
    "Ce panier a été configuré pour le portail par un autre client ; commencez un nouveau panier",
  prices_hidden:
    "Les prix sont masqués sur le portail, les commandes ne peuvent donc pas être passées ; demandez plutôt un devis",
  ordering_off: "Les commandes sont désactivées sur le portail ; demandez plutôt un devis",
  no_company:
    "Ce panier du portail n’indique pas pour quelle entreprise il est ; indiquez-la avec POST /store/portal/cart-company",
  left_portal_channel:
    "Ce panier du portail n’est plus dans le canal de vente du portail ; commencez un nouveau panier sur le portail",
  set_up_by_other:
    "Ce panier du portail a été configuré par un autre client ; commencez un nouveau panier",
  not_contact: "Vous n’êtes pas un contact actif de l’entreprise à laquelle ce panier est destiné",
  teams_forbid_ordering:
    "Vos équipes chez {{company}} ne permettent pas de passer des commandes (orders.place)",
  company_changed:
    "L’entreprise de ce panier a changé pendant que la commande était passée ; réessayez",
  out_of_stock: "{{title}} est en rupture de stock.",
  out_of_stock_unnamed: "Ce produit est en rupture de stock.",
  not_enough_stock: "Pas assez de {{title}} en stock pour {{quantity}}.",
  not_enough_stock_unnamed: "Pas assez de ce produit en stock pour {{quantity}}.",
  only_available: "{{title}} : seulement {{available}} disponible(s).",
  only_available_unnamed: "Ce produit : seulement {{available}} disponible(s).",
  order_not_found: "La commande {{id}} est introuvable",
  product_not_found: "Produit introuvable",
  region_not_found: "La région {{region}} est introuvable",
  no_default_region: "La boutique n’a pas de région par défaut : indiquez region_id",
}

export default cart
