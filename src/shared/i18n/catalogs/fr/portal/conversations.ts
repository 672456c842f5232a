import type { Messages } from "../../../catalog"
import type en from "../../en/portal/conversations"

const conversations: Messages<typeof en> = {
  unread_one: "{{count}} nouveau",
  unread_other: "{{count}} nouveaux",
  list: {
    heading: "Conversations de {{company}}",
    intro: "Questions et réponses avec {{merchant}} qui ne portent pas sur un seul devis.",
    loading: "Chargement des conversations…",
    empty: "Aucune conversation pour l’instant.",
    empty_start: "Aucune conversation pour l’instant. Écrivez-nous avec « Nouvelle conversation ».",
    no_unread: "Aucune conversation non lue.",
    all: "Toutes les conversations",
    unread: "Non lues",
    new_conversation: "Nouvelle conversation",
    last_activity: "Dernière activité le {{date}}",
    messages_one: "{{count}} message",
    messages_other: "{{count}} messages",
  },
  form: {
    title: "Nouvelle conversation",
    intro:
      "Écrivez à {{merchant}} à propos de tout sujet ; nous répondons sur la page de la conversation.",
    subject: "Objet",
    message: "Message",
    message_hint: "{{max}} caractères au plus.",
    submit: "Commencer la conversation",
    submitting: "Envoi…",
    cancel: "Retour aux conversations",
    missing_subject: "Saisissez un objet.",
    subject_too_long: "L’objet dépasse {{max}} caractères.",
    missing_message: "Écrivez votre message.",
    message_too_long: "Le message dépasse {{max}} caractères.",
    denied:
      "Vos équipes chez {{company}} ne vous permettent pas d’écrire dans les conversations. Adressez-vous à l’administrateur du portail de votre entreprise.",
    off: "Dans ce portail, {{merchant}} commence les conversations ; vous pouvez y répondre.",
  },
  conversation: {
    title: "Conversation",
    loading: "Chargement de la conversation…",
    not_found: "Cette conversation est introuvable",
    back: "Retour aux conversations",
    started: "Commencée le",
    participants: "Participants",
    at: "Chez {{name}}",
    nobody: "Personne pour l’instant",
    unnamed: "Inconnu",
    read_only:
      "Vous pouvez lire cette conversation ; vos équipes ne vous permettent pas d’y écrire.",
  },
  thread: {
    title: "Messages",
    label: "Messages sur {{subject}}",
    none: "Aucun message pour l’instant.",
    staff: "Notre équipe",
    contact: "Votre entreprise",
    reply: "Votre réponse",
    send: "Envoyer la réponse",
    sending: "Envoi…",
    missing_reply: "Écrivez d’abord une réponse.",
    reply_too_long: "La réponse dépasse {{max}} caractères.",
    sent: "Votre réponse a été envoyée.",
  },
}

export default conversations
