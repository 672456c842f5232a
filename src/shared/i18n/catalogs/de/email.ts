import type { Messages } from "../../catalog"
import type en from "../en/email"

const email: Messages<typeof en> = {
  layout: {
    button_fallback:
      "Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:",
    wrote: "{{author}} schrieb:",
  },
  contact: {
    greeting: "Hallo {{name}},",
    greeting_anonymous: "Guten Tag,",
    open: "Im Portal öffnen",
  },
  quote_sent: {
    subject: "Neues Angebot {{number}}",
    line: "Angebot {{number}} wurde an Ihr Unternehmen gesendet.",
    valid_until: "Es ist gültig bis {{date}}.",
  },
  quote_reply: {
    subject: "Neue Antwort zu Angebot {{number}}",
    line: "Es gibt eine neue Antwort zu Angebot {{number}}.",
  },
  conversation: {
    subject: "Neue Nachricht: {{subject}}",
    line: "Es gibt eine neue Nachricht in Ihrer Unterhaltung „{{subject}}“.",
  },
  work_request: {
    reply_subject: "Neue Antwort zu Ihrer Anfrage {{number}}",
    reply_line: "Es gibt eine neue Antwort zu Arbeitsauftrag {{number}}: „{{subject}}“.",
    waiting_line: "Wir benötigen etwas von Ihnen, um weiterzumachen.",
  },
  document_request: {
    subject: "Dokumente angefordert: {{title}}",
    line: "Bitte laden Sie diese Dokumente im Portal hoch: „{{title}}“.",
    items: "{{items}}",
    done: "Wenn Sie alles hochgeladen haben, klicken Sie auf „Hochladen abgeschlossen“.",
  },
  order: {
    shipped_subject: "Bestellung {{number}} wurde versandt",
    shipped_line: "Ihre Bestellung {{number}} wurde versandt.",
    delivered_subject: "Bestellung {{number}} wurde zugestellt",
    delivered_line: "Ihre Bestellung {{number}} wurde zugestellt.",
    canceled_subject: "Bestellung {{number}} wurde storniert",
    canceled_line: "Ihre Bestellung {{number}} wurde storniert.",
    tracking: "Sendungsverfolgung: {{number}}",
    tracking_url: "Sendungsverfolgung: {{number}} ({{url}})",
  },
  invoice: {
    issued_subject: "Rechnung {{number}} ausgestellt",
    overdue_subject: "Rechnung {{number}} ist überfällig",
    issued_line:
      "Ihre Rechnung {{number}} über {{amount}} wurde ausgestellt. Sie ist fällig am {{due}}.",
    issued_line_deposit:
      "Ihre Anzahlungsrechnung {{number}} über {{amount}} wurde ausgestellt. Sie ist fällig am {{due}}.",
    overdue_line:
      "Ihre Rechnung {{number}} über {{amount}} war am {{due}} fällig und ist nun überfällig.",
    overdue_line_deposit:
      "Ihre Anzahlungsrechnung {{number}} über {{amount}} war am {{due}} fällig und ist nun überfällig.",
  },
  purchase_order: {
    sent_subject: "Bestellung {{number}} an Sie",
    revised_subject: "Bestellung {{number}} überarbeitet",
    sent_line: "Wir haben Ihnen die Bestellung {{number}} gesendet.",
    revised_line: "Wir haben die Bestellung {{number}} nach Ihrer Änderungsanfrage überarbeitet.",
    review:
      "Bitte prüfen Sie sie und bestätigen Sie sie mit den Terminen, zu denen Sie jede Position liefern können.",
    declined_subject: "Änderung der Bestellung {{number}} abgelehnt",
    declined_line:
      "Die gewünschte Änderung der Bestellung {{number}} können wir nicht vornehmen; sie gilt wie gesendet.",
    you_asked: "Ihre Anfrage: {{request}}",
    acknowledge:
      "Bitte bestätigen Sie sie mit den Terminen, zu denen Sie jede Position liefern können.",
  },
  reset: {
    subject: "Portal-Passwort zurücksetzen",
    asked: "Jemand hat verlangt, das Passwort Ihres Portalzugangs bei {{merchant}} zurückzusetzen.",
    action: "Neues Passwort wählen",
    expires: "Der Link funktioniert einmal, bis {{expires}}.",
    once: "Der Link funktioniert einmal.",
    ignore:
      "Falls Sie das nicht verlangt haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.",
  },
  quote_link: {
    subject: "Ihr Angebot {{number}} von {{merchant}}",
    sent: "{{merchant}} hat Ihnen das Angebot {{number}} gesendet. Öffnen Sie es, um Positionen und Preise zu prüfen, eine Frage zu stellen oder es anzunehmen.",
    valid_until: "Das Angebot ist gültig bis {{date}}.",
    action: "Angebot öffnen",
    personal: "Dieser Link ist persönlich: Wer ihn hat, kann das Angebot öffnen.",
  },
  signed: {
    subject: "Unterzeichnet: {{agreement}} zu Angebot {{number}}",
    thanks: "Vielen Dank, {{name}}.",
    attached:
      "Ihre unterzeichnete Vereinbarung „{{agreement}}“ zu Angebot {{number}} (Gesamtbetrag {{total}}) ist als PDF angehängt. Bewahren Sie sie für Ihre Unterlagen auf.",
    hash: "SHA-256 des Dokuments: {{hash}}",
  },
  invitation: {
    subject: "Ihr Portalzugang für {{company}}",
    invited:
      "{{merchant}} hat Sie zum Kundenportal für {{company}} eingeladen. Dort sehen Sie Angebote, Bestellungen und Rechnungen.",
    choose_password: "Wählen Sie Ihr Passwort, um sich anzumelden.",
    action: "Passwort festlegen",
    expires: "Der Link funktioniert einmal, bis {{expires}}.",
  },
  staff: {
    quote_requested: "{{number}} wurde im Portal angefragt",
    quote_viewed: "{{number}} wurde vom Käufer geöffnet",
    quote_message: "Neue Frage zu {{number}}",
    quote_accepted: "{{number}} wurde angenommen",
    quote_declined: "{{number}} wurde abgelehnt",
    by: "{{what}} ({{who}}).",
    open_quote: "Angebot im Admin öffnen",
    order_placed: "Bestellung Nr. {{number}} wurde im Portal aufgegeben",
    no_email: "keine E-Mail",
    open_order: "Bestellung im Admin öffnen",
    po_acknowledged: "{{supplier}} hat {{number}} bestätigt",
    documents_uploaded: "{{company}} hat das Hochladen für „{{request}}“ abgeschlossen",
    conversation_message: "{{company}} hat in „{{subject}}“ geschrieben",
    open_conversation: "Unterhaltung im Admin öffnen",
    work_request_submitted: "{{company}} hat {{number}} eingereicht: „{{subject}}“",
    work_request_reply: "{{company}} hat auf {{number}} geantwortet: „{{subject}}“",
    open_work_request: "Arbeitsauftrag im Admin öffnen",
    open_document_request: "Anfrage im Admin öffnen",
    bill_submitted: "{{supplier}} hat die Rechnung {{bill}} zu {{number}} eingereicht",
    sentence: "{{text}}.",
    open_bill: "Rechnung im Admin öffnen",
    open_purchase_order: "Bestellung im Admin öffnen",
  },
}

export default email
