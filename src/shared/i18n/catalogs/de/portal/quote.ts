import type { Messages } from "../../../catalog"
import type en from "../../en/portal/quote"

const quote: Messages<typeof en> = {
  page: {
    title: "Angebot {{number}}",
    decision: "Ihre Entscheidung",
    view_only:
      "Sie können dieses Angebot lesen. Annehmen oder ablehnen kann es jemand aus Ihrem Unternehmen, dessen Team über Angebote entscheiden darf.",
    download_pdf: "PDF herunterladen",
    download_signed_pdf: "Unterzeichnetes PDF herunterladen",
    selection_not_saved:
      "Ihre Auswahl der Optionen wurde nicht gespeichert. Prüfen Sie Ihre Verbindung; sie wird beim Annehmen erneut gesendet.",
    review_and_sign: "Prüfen und unterzeichnen",
    opening_agreement: "Vereinbarung wird geöffnet …",
    signing_online:
      "Um dieses Angebot anzunehmen, unterzeichnen Sie die zugehörige Vereinbarung online.",
    terms: "Bedingungen",
  },
  summary: {
    from: "Von {{merchant}}",
    prepared_for: "Erstellt für",
    valid_until: "Gültig bis",
  },
  accepted: {
    title: "Angebot {{number}} ist angenommen",
    order: "Bestellung {{number}}",
    order_number: "Nr. {{number}}",
    signed_you:
      "Unterzeichnet von {{name}} am {{date}}. Eine Kopie der unterzeichneten Vereinbarung wurde Ihnen per E-Mail gesendet.",
    signed_signer:
      "Unterzeichnet von {{name}} am {{date}}. Eine Kopie der unterzeichneten Vereinbarung wurde per E-Mail an {{name}} gesendet.",
    accepted_on: "Angenommen am {{date}}. Wir haben mit Ihrer Bestellung begonnen.",
    accepted: "Angenommen. Wir haben mit Ihrer Bestellung begonnen.",
    ships_to: "Lieferung an {{address}}",
  },
  requested: {
    being_prepared_title: "Angebot {{number}}: In Vorbereitung",
    awaiting_title: "Angebot {{number}}: Wartet auf den Händler",
    being_prepared_text:
      "{{merchant}} bereitet dieses Angebot vor und sendet es Ihnen zu; bis dahin können sich die Positionen noch ändern. In der Zwischenzeit können Sie unten eine Nachricht hinzufügen.",
    awaiting_text:
      "Sie haben bei {{merchant}} ein Angebot angefragt. Es wird dort kalkuliert und Ihnen zugesendet; in der Zwischenzeit können Sie unten eine Nachricht hinzufügen.",
  },
  closed: {
    expired_title: "Dieses Angebot ist abgelaufen",
    declined_title: "Angebot {{number}} wurde abgelehnt",
    withdrawn_title: "Angebot {{number}} wurde zurückgezogen",
    expired_text:
      "Angebot {{number}} war gültig bis {{date}}. Bitten Sie {{merchant}} unten um ein neues.",
    expired_text_no_date:
      "Angebot {{number}} war bis zu seinem Enddatum gültig. Bitten Sie {{merchant}} unten um ein neues.",
    declined_text_on: "Sie haben es am {{date}} abgelehnt.",
    declined_text: "Sie haben es abgelehnt.",
    withdrawn_text:
      "{{merchant}} hat dieses Angebot zurückgezogen. Wenn Sie Fragen haben, stellen Sie sie unten.",
  },
  items: {
    title: "Positionen",
    optional_hint:
      "Optionale Positionen sind gekennzeichnet; haken Sie die gewünschten an, und die Summe wird aktualisiert.",
    item: "Position",
    quantity: "Menge",
    unit_price: "Stückpreis",
    total: "Gesamt",
    was: "vorher {{price}}",
    not_included: "(nicht enthalten)",
    optional: "Optional",
    discount: "−{{percent}}\u00a0%",
    sku: "Art.-Nr. {{sku}}",
    include: "{{item}} einschließen",
    agreement_caption: "Positionen dieser Vereinbarung",
  },
  totals: {
    title: "Summen",
    deposit_due: "Bei Annahme fällige Anzahlung",
    saving: "Ihre Auswahl wird gespeichert …",
    saved: "Gespeichert",
  },
  ship_to: {
    label: "Lieferung an",
    none: "Noch keine Lieferadresse",
    updating: "Die Summe für diese Adresse wird aktualisiert …",
  },
  accept: {
    button: "Angebot annehmen",
    title: "Bestellung aufgeben?",
    text: "Mit der Annahme von Angebot {{number}} geben Sie bei {{merchant}} eine Bestellung über die gewählten Positionen auf.",
    total: "Gesamtbetrag",
    deposit_due: "Bei Annahme fällige Anzahlung",
    tax: "Darin enthaltene Steuer",
    place_order: "Bestellung aufgeben",
    placing: "Bestellung wird aufgegeben …",
    done: "Angebot {{number}} ist angenommen.",
    done_order: "Angebot {{number}} ist angenommen. Ihre Bestellnummer ist {{order}}.",
  },
  decline: {
    button: "Ablehnen",
    title: "Dieses Angebot ablehnen",
    text: "Angebot {{number}} wird geschlossen, und {{merchant}} sieht Ihre Begründung.",
    reason: "Begründung",
    reason_missing: "Sagen Sie uns, warum Sie ablehnen, damit wir besser werden können.",
    submit: "Angebot ablehnen",
    declining: "Wird abgelehnt …",
  },
  messages: {
    title: "Fragen",
    thread: "Nachrichten",
    you: "Sie",
    none: "Noch keine Fragen. Fragen Sie unten alles, was Sie zu diesem Angebot wissen möchten.",
    question: "Ihre Frage",
    question_missing: "Schreiben Sie zuerst Ihre Frage.",
    send: "Senden",
    sending: "Wird gesendet …",
  },
  sign: {
    loading: "Vereinbarung wird geladen …",
    title: "Angebot {{number}} unterzeichnen",
    eyebrow: "Angebot {{number}} · {{agreement}}",
    heading: "Vereinbarung unterzeichnen",
    total: "Gesamtbetrag {{amount}}",
    total_deposit: "Gesamtbetrag {{amount}} · Jetzt fällige Anzahlung {{deposit}}",
    full_name: "Vollständiger Name",
    signing_as: "Sie unterzeichnen als {{email}}: Mit diesem Konto sind Sie angemeldet.",
    signature: "Unterschrift",
    pad_hint:
      "Zeichnen Sie mit Maus, Finger oder Stift, oder setzen Sie Ihren eingegebenen Namen in das Feld.",
    submit: "Unterzeichnen und zustimmen",
    signing: "Wird unterzeichnet …",
    back: "Zurück zum Angebot",
    name_missing: "Geben Sie Ihren vollständigen Namen ein.",
    email_invalid: "Geben Sie eine gültige E-Mail-Adresse ein.",
    signature_missing: "Zeichnen Sie Ihre Unterschrift in das Feld.",
    consent_missing: "Setzen Sie das Häkchen, um zuzustimmen.",
    done: "Angebot {{number}} ist unterzeichnet und angenommen.",
    done_order:
      "Angebot {{number}} ist unterzeichnet und angenommen. Ihre Bestellnummer ist {{order}}.",
  },
  pad: {
    label: "Unterschriftenfeld",
    undo: "Rückgängig",
    clear: "Löschen",
    use_typed: "Meinen eingegebenen Namen verwenden",
  },
  link: {
    signed_in: "Sie sind in Ihrem Portal angemeldet.",
    open_in_portal: "Dieses Angebot in Ihrem Portal öffnen",
  },
  list: {
    heading: "Angebote von {{company}}",
    all: "Alle Angebote",
    unread: "Mit neuen Antworten",
    open: "Entscheidung ausstehend",
    accepted: "Angenommen",
    declined: "Abgelehnt",
    expired: "Abgelaufen",
    number: "Angebotsnummer",
    search: "Suchen",
    loading: "Angebote werden geladen …",
    empty: "Noch keine Angebote.",
    no_match: "Keine passenden Angebote.",
    accepted_on: "Angenommen am {{date}}",
    accepted_on_order: "Angenommen am {{date}} · Bestellung Nr. {{number}}",
    declined_on: "Abgelehnt am {{date}}",
    valid_until: "Gültig bis {{date}}",
    was_valid_until: "War gültig bis {{date}}",
  },
  status: {
    requested: "Wartet auf den Händler",
    being_prepared: "In Vorbereitung",
    open: "Entscheidung ausstehend",
    accepted: "Angenommen",
    declined: "Abgelehnt",
    expired: "Abgelaufen",
    cancelled: "Zurückgezogen",
  },
  member: {
    loading: "Angebot wird geladen …",
    not_available_page: "Angebot nicht verfügbar",
    not_available_title: "Dieses Angebot ist nicht verfügbar",
    not_available_text:
      "Es gehört vielleicht zu einem anderen Ihrer Unternehmen (wechseln Sie oben das Unternehmen), oder es wird nicht mehr mit Ihnen geteilt.",
    all_quotes: "Alle Angebote",
    back: "← Alle Angebote",
  },
}

export default quote
