import type { Messages } from "../../../catalog"
import type en from "../../en/portal/common"

const common: Messages<typeof en> = {
  frame: {
    skip: "Aller au contenu",
    client_portal: "Portail client",
    quote: "Devis",
    title: "{{page}} · Portail {{merchant}}",
    title_no_merchant: "{{page}} · Portail client",
  },
  status: {
    loading: "Chargement…",
    loading_quote: "Chargement de votre devis…",
    loading_account: "Chargement de votre compte…",
    link_unavailable_title: "Ce lien n’est pas disponible",
    link_unavailable_text:
      "Le lien a peut-être été remplacé par un plus récent, ou copié de façon incomplète. Demandez un nouveau lien à la personne qui vous l’a envoyé.",
    error_title: "Un problème est survenu",
    try_again: "Réessayer",
    trying_again: "Nouvel essai…",
  },
  errors: {
    check_following: "Veuillez vérifier les points suivants :",
    too_many: "Trop de tentatives. Attendez une minute et réessayez.",
    server: "Le serveur a rencontré un problème. Réessayez.",
    failed: "Cela n’a pas fonctionné. Réessayez.",
    offline: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    not_a_contact:
      "Cet identifiant n’est le contact d’aucune entreprise sur le portail. Demandez à l’entreprise qui vous a invité de vérifier votre accès.",
    unsupported_step:
      "Cet identifiant demande une étape que le portail ne propose pas. Demandez de l’aide au marchand.",
  },
  fields: {
    first_name: "Prénom",
    last_name: "Nom",
    email: "E-mail",
  },
  list: {
    show: "Afficher",
    previous: "Précédent",
    next: "Suivant",
    range: "{{first}}–{{last}} sur {{count}}",
    pages: "Pages : {{list}}",
  },
  record: {
    not_found_text:
      "Cet élément appartient peut-être à une autre de vos entreprises (changez d’entreprise en haut), ou le lien est incomplet.",
    page_not_found: "Page introuvable",
    page_not_found_title: "Cette page n’existe pas",
    page_not_found_text: "L’adresse est peut-être mal saisie ou périmée.",
    back_to_overview: "Retour à l’aperçu",
    back_to_catalog: "Retour au catalogue",
  },
  account: {
    nav: "Compte",
    overview: "Aperçu",
    profile: "Profil",
    company: "Entreprise",
    sign_out: "Se déconnecter",
    signing_out: "Déconnexion…",
    no_access_title: "Vous n’avez pas accès au portail",
    no_access_text:
      "Votre identifiant n’est pas (ou plus) le contact d’une entreprise ayant accès au portail. Demandez à l’entreprise qui vous a invité.",
    section_off: "Cette rubrique n’est pas proposée sur ce portail.",
    section_denied:
      "Vos équipes chez {{company}} ne vous permettent pas de voir cette rubrique. Demandez à l’administrateur du portail de votre entreprise.",
    cart: "Panier",
    cart_denied:
      "Vos équipes chez {{company}} vous permettent de parcourir le catalogue, pas d’y commander. Demandez à l’administrateur du portail de votre entreprise.",
  },
  sections: {
    catalog: "Catalogue",
    quotes: "Devis",
    orders: "Commandes",
    invoices: "Factures",
    documents: "Documents",
    "work-requests": "Demandes d’intervention",
    conversations: "Conversations",
    supplier: "Fournisseur",
  },
  order_status: {
    placed: "Passée",
    processing: "En préparation",
    shipped: "Expédiée",
    delivered: "Livrée",
    cancelled: "Annulée",
  },
  purchase_order_status: {
    draft: "Brouillon",
    sent: "Envoyé",
    change_requested: "Modification demandée",
    acknowledged: "Confirmé",
    partially_received: "Partiellement reçu",
    received: "Reçu",
    cancelled: "Annulé",
  },
  invoice_status: {
    unpaid: "Impayée",
    overdue: "En retard",
    paid: "Payée",
    void: "Annulée",
  },
  invoice: {
    label: "Facture {{number}}",
    deposit_label: "Facture d’acompte {{number}}",
    download: "Télécharger {{invoice}} (PDF)",
    confirm_paying: "Confirmer le paiement de {{invoice}}",
    pay_deposit: "Payer l’acompte",
    pay_invoice: "Payer la facture",
    paying: "Paiement…",
    no_online_payment: "Le paiement en ligne n’est pas disponible ; payez par virement.",
    loading_payment_form: "Chargement du formulaire de paiement…",
    paid_on: "Payée le {{date}}. Merci.",
    due: "Échéance le {{date}}",
    pay_question: "Payer {{amount}} maintenant ?",
    pay_amount: "Payer {{amount}}",
  },
  actions: {
    cancel: "Annuler",
  },
  payment: {
    pay_now: "Payer maintenant",
    failed: "Le paiement n’a pas abouti.",
    not_recorded:
      "Le paiement a abouti mais nous n’avons pas encore pu l’enregistrer. Rechargez dans une minute.",
    not_configured: "Le paiement par carte n’est pas configuré.",
  },
  download: {
    preparing_pdf: "Préparation du PDF…",
  },
  totals: {
    subtotal: "Sous-total",
    discount: "Remises",
    shipping: "Livraison",
    credit: "Avoir",
    tax: "TVA",
    total: "Total TTC",
    deposit: "Acompte",
    paid: "Payé",
    outstanding: "Reste dû",
  },
  expires: {
    today: "Expire aujourd’hui",
    tomorrow: "Expire demain",
    in_days_one: "Expire dans {{count}} jour",
    in_days_other: "Expire dans {{count}} jours",
  },
}

export default common
