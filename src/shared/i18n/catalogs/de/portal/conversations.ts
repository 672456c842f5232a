import type { Messages } from "../../../catalog"
import type en from "../../en/portal/conversations"

const conversations: Messages<typeof en> = {
  unread_one: "{{count}} neu",
  unread_other: "{{count}} neu",
  list: {
    heading: "Unterhaltungen von {{company}}",
    intro: "Fragen und Antworten mit {{merchant}}, die nicht ein einzelnes Angebot betreffen.",
    loading: "Unterhaltungen werden geladen …",
    empty: "Noch keine Unterhaltungen.",
    empty_start: "Noch keine Unterhaltungen. Schreiben Sie uns mit „Neue Unterhaltung“.",
    no_unread: "Keine ungelesenen Unterhaltungen.",
    all: "Alle Unterhaltungen",
    unread: "Ungelesen",
    new_conversation: "Neue Unterhaltung",
    last_activity: "Zuletzt aktiv am {{date}}",
    messages_one: "{{count}} Nachricht",
    messages_other: "{{count}} Nachrichten",
  },
  form: {
    title: "Neue Unterhaltung",
    intro:
      "Schreiben Sie {{merchant}} zu jedem Thema; wir antworten auf der Seite der Unterhaltung.",
    subject: "Betreff",
    message: "Nachricht",
    message_hint: "Höchstens {{max}} Zeichen.",
    submit: "Unterhaltung beginnen",
    submitting: "Wird gesendet …",
    cancel: "Zurück zu den Unterhaltungen",
    missing_subject: "Geben Sie einen Betreff ein.",
    subject_too_long: "Der Betreff ist länger als {{max}} Zeichen.",
    missing_message: "Schreiben Sie Ihre Nachricht.",
    message_too_long: "Die Nachricht ist länger als {{max}} Zeichen.",
    denied:
      "Ihre Teams bei {{company}} erlauben Ihnen nicht, in Unterhaltungen zu schreiben. Wenden Sie sich an die Portal-Verwaltung Ihres Unternehmens.",
    off: "In diesem Portal beginnt {{merchant}} die Unterhaltungen; Sie können darauf antworten.",
  },
  conversation: {
    title: "Unterhaltung",
    loading: "Die Unterhaltung wird geladen …",
    not_found: "Diese Unterhaltung wurde nicht gefunden",
    back: "Zurück zu den Unterhaltungen",
    started: "Begonnen",
    participants: "Beteiligte",
    at: "Bei {{name}}",
    nobody: "Noch niemand",
    unnamed: "Unbekannt",
    read_only:
      "Sie können diese Unterhaltung lesen; Ihre Teams erlauben Ihnen nicht, darin zu schreiben.",
  },
  thread: {
    title: "Nachrichten",
    label: "Nachrichten zu {{subject}}",
    none: "Noch keine Nachrichten.",
    staff: "Unser Team",
    contact: "Ihr Unternehmen",
    reply: "Ihre Antwort",
    send: "Antwort senden",
    sending: "Wird gesendet …",
    missing_reply: "Schreiben Sie zuerst eine Antwort.",
    reply_too_long: "Die Antwort ist länger als {{max}} Zeichen.",
    sent: "Ihre Antwort wurde gesendet.",
  },
}

export default conversations
