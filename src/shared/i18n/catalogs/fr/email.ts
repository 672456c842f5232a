import type { Messages } from "../../catalog"
import type en from "../en/email"

const email: Messages<typeof en> = {
  layout: {
    button_fallback: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    wrote: "{{author}} a écrit :",
  },
  contact: {
    greeting: "Bonjour {{name}},",
    greeting_anonymous: "Bonjour,",
    open: "L'ouvrir dans le portail",
  },
  quote_sent: {
    subject: "Nouveau devis {{number}}",
    line: "Le devis {{number}} a été envoyé à votre entreprise.",
    valid_until: "Il est valable jusqu'au {{date}}.",
  },
  quote_reply: {
    subject: "Nouvelle réponse sur le devis {{number}}",
    line: "Il y a une nouvelle réponse sur le devis {{number}}.",
  },
  conversation: {
    subject: "Nouveau message : {{subject}}",
    line: "Il y a un nouveau message dans votre conversation « {{subject}} ».",
  },
  work_request: {
    reply_subject: "Nouvelle réponse à votre demande {{number}}",
    reply_line:
      "Il y a une nouvelle réponse à la demande d’intervention {{number}} : « {{subject}} ».",
    waiting_line: "Nous avons besoin d’un élément de votre part pour continuer.",
  },
  document_request: {
    subject: "Documents demandés : {{title}}",
    line: "Merci de déposer ces documents sur le portail : « {{title}} ».",
    items: "{{items}}",
    done: "Une fois déposés, cliquez sur « Envoi terminé ».",
  },
  order: {
    shipped_subject: "La commande {{number}} a été expédiée",
    shipped_line: "Votre commande {{number}} a été expédiée.",
    delivered_subject: "La commande {{number}} a été livrée",
    delivered_line: "Votre commande {{number}} a été livrée.",
    canceled_subject: "La commande {{number}} a été annulée",
    canceled_line: "Votre commande {{number}} a été annulée.",
    tracking: "Suivi : {{number}}",
    tracking_url: "Suivi : {{number}} ({{url}})",
  },
  invoice: {
    issued_subject: "Facture {{number}} émise",
    overdue_subject: "La facture {{number}} est en retard",
    issued_line: "Votre facture {{number}} de {{amount}} a été émise. Elle est due le {{due}}.",
    issued_line_deposit:
      "Votre facture d'acompte {{number}} de {{amount}} a été émise. Elle est due le {{due}}.",
    overdue_line:
      "Votre facture {{number}} de {{amount}} était due le {{due}} et est maintenant en retard.",
    overdue_line_deposit:
      "Votre facture d'acompte {{number}} de {{amount}} était due le {{due}} et est maintenant en retard.",
  },
  purchase_order: {
    sent_subject: "Bon de commande {{number}}",
    revised_subject: "Bon de commande {{number}} révisé",
    sent_line: "Nous vous avons envoyé le bon de commande {{number}}.",
    revised_line:
      "Nous avons révisé le bon de commande {{number}} suite à votre demande de modification.",
    review:
      "Veuillez le vérifier et le confirmer avec les dates auxquelles vous pouvez livrer chaque ligne.",
    declined_subject: "Modification du bon de commande {{number}} refusée",
    declined_line:
      "Nous ne pouvons pas apporter la modification demandée au bon de commande {{number}} ; il reste tel qu'envoyé.",
    you_asked: "Votre demande : {{request}}",
    acknowledge: "Veuillez le confirmer avec les dates auxquelles vous pouvez livrer chaque ligne.",
  },
  reset: {
    subject: "Réinitialiser votre mot de passe du portail",
    asked:
      "Quelqu'un a demandé la réinitialisation du mot de passe de votre accès au portail {{merchant}}.",
    action: "Choisir un nouveau mot de passe",
    expires: "Le lien fonctionne une seule fois, jusqu'au {{expires}}.",
    once: "Le lien fonctionne une seule fois.",
    ignore: "Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.",
  },
  quote_link: {
    subject: "Votre devis {{number}} de {{merchant}}",
    sent: "{{merchant}} vous a envoyé le devis {{number}}. Ouvrez-le pour vérifier les articles et les prix, poser une question ou l'accepter.",
    valid_until: "Le devis est valable jusqu'au {{date}}.",
    action: "Ouvrir le devis",
    personal: "Ce lien est personnel : toute personne qui le détient peut ouvrir le devis.",
  },
  signed: {
    subject: "Signé : {{agreement}} pour le devis {{number}}",
    thanks: "Merci, {{name}}.",
    attached:
      "Votre « {{agreement}} » signé pour le devis {{number}} (total {{total}}) est joint en PDF. Conservez-le pour vos dossiers.",
    hash: "SHA-256 du document : {{hash}}",
  },
  invitation: {
    subject: "Votre accès au portail pour {{company}}",
    invited:
      "{{merchant}} vous a invité au portail client de {{company}}, où vous pouvez consulter devis, commandes et factures.",
    choose_password: "Choisissez votre mot de passe pour vous connecter.",
    action: "Définir votre mot de passe",
    expires: "Le lien fonctionne une seule fois, jusqu'au {{expires}}.",
  },
  staff: {
    quote_requested: "{{number}} a été demandé depuis le portail",
    quote_viewed: "{{number}} a été ouvert par l’acheteur",
    quote_message: "Nouvelle question sur {{number}}",
    quote_accepted: "{{number}} a été accepté",
    quote_declined: "{{number}} a été refusé",
    by: "{{what}} ({{who}}).",
    open_quote: "Ouvrir le devis dans l’administration",
    order_placed: "La commande n° {{number}} a été passée sur le portail",
    no_email: "pas d’e-mail",
    open_order: "Ouvrir la commande dans l’administration",
    po_acknowledged: "{{supplier}} a confirmé {{number}}",
    documents_uploaded: "{{company}} a terminé l’envoi pour « {{request}} »",
    conversation_message: "{{company}} a écrit dans « {{subject}} »",
    open_conversation: "Ouvrir la conversation dans l’admin",
    work_request_submitted: "{{company}} a soumis {{number}} : « {{subject}} »",
    work_request_reply: "{{company}} a répondu sur {{number}} : « {{subject}} »",
    open_work_request: "Ouvrir la demande d’intervention dans l’admin",
    open_document_request: "Ouvrir la demande dans l’administration",
    bill_submitted: "{{supplier}} a soumis la facture {{bill}} pour {{number}}",
    sentence: "{{text}}.",
    open_bill: "Ouvrir la facture dans l’administration",
    open_purchase_order: "Ouvrir le bon de commande dans l’administration",
  },
}

export default email
