import type { Messages } from "../../../catalog"
import type en from "../../en/portal/common"

const common: Messages<typeof en> = {
  frame: {
    skip: "Zum Inhalt springen",
    client_portal: "Kundenportal",
    quote: "Angebot",
    title: "{{page}} · Portal von {{merchant}}",
    title_no_merchant: "{{page}} · Kundenportal",
  },
  status: {
    loading: "Wird geladen …",
    loading_quote: "Ihr Angebot wird geladen …",
    loading_account: "Ihr Konto wird geladen …",
    link_unavailable_title: "Dieser Link ist nicht verfügbar",
    link_unavailable_text:
      "Der Link wurde vielleicht durch einen neueren ersetzt oder unvollständig kopiert. Bitten Sie die Person, die ihn Ihnen geschickt hat, um einen neuen Link.",
    error_title: "Etwas ist schiefgelaufen",
    try_again: "Erneut versuchen",
    trying_again: "Neuer Versuch …",
  },
  errors: {
    check_following: "Bitte prüfen Sie Folgendes:",
    too_many: "Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.",
    server: "Der Server hatte ein Problem. Versuchen Sie es erneut.",
    failed: "Das hat nicht geklappt. Versuchen Sie es erneut.",
    offline:
      "Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    not_a_contact:
      "Diese Anmeldung gehört zu keinem Portalkontakt eines Unternehmens. Bitten Sie das Unternehmen, das Sie eingeladen hat, Ihren Zugang zu prüfen.",
    unsupported_step:
      "Diese Anmeldung braucht einen Schritt, den das Portal nicht anbietet. Bitten Sie den Händler um Hilfe.",
  },
  fields: {
    first_name: "Vorname",
    last_name: "Nachname",
    email: "E-Mail",
  },
  list: {
    show: "Anzeigen",
    previous: "Zurück",
    next: "Weiter",
    range: "{{first}}–{{last}} von {{count}}",
    pages: "Seiten: {{list}}",
  },
  record: {
    not_found_text:
      "Der Eintrag gehört vielleicht zu einem anderen Ihrer Unternehmen (wechseln Sie oben das Unternehmen), oder der Link ist unvollständig.",
    page_not_found: "Seite nicht gefunden",
    page_not_found_title: "Diese Seite gibt es nicht",
    page_not_found_text: "Die Adresse ist vielleicht vertippt oder veraltet.",
    back_to_overview: "Zurück zur Übersicht",
    back_to_catalog: "Zurück zum Katalog",
  },
  account: {
    nav: "Konto",
    overview: "Übersicht",
    profile: "Profil",
    company: "Unternehmen",
    sign_out: "Abmelden",
    signing_out: "Abmeldung …",
    no_access_title: "Sie haben keinen Portalzugang",
    no_access_text:
      "Ihre Anmeldung gehört nicht (mehr) zu einem Kontakt eines Unternehmens mit Portalzugang. Fragen Sie das Unternehmen, das Sie eingeladen hat.",
    section_off: "Dieser Bereich wird in diesem Portal nicht angeboten.",
    section_denied:
      "Ihre Teams bei {{company}} erlauben Ihnen diesen Bereich nicht. Fragen Sie die Portalverwaltung Ihres Unternehmens.",
    cart: "Warenkorb",
    cart_denied:
      "Ihre Teams bei {{company}} erlauben Ihnen, den Katalog anzusehen, aber nicht daraus zu bestellen. Fragen Sie die Portalverwaltung Ihres Unternehmens.",
  },
  sections: {
    catalog: "Katalog",
    quotes: "Angebote",
    orders: "Bestellungen",
    invoices: "Rechnungen",
    documents: "Dokumente",
    "work-requests": "Arbeitsaufträge",
    conversations: "Unterhaltungen",
    supplier: "Lieferant",
  },
  order_status: {
    placed: "Aufgegeben",
    processing: "In Vorbereitung",
    shipped: "Versandt",
    delivered: "Zugestellt",
    cancelled: "Storniert",
  },
  purchase_order_status: {
    draft: "Entwurf",
    sent: "Gesendet",
    change_requested: "Änderung angefragt",
    acknowledged: "Bestätigt",
    partially_received: "Teilweise erhalten",
    received: "Erhalten",
    cancelled: "Storniert",
  },
  invoice_status: {
    unpaid: "Offen",
    overdue: "Überfällig",
    paid: "Bezahlt",
    void: "Storniert",
  },
  invoice: {
    label: "Rechnung {{number}}",
    deposit_label: "Anzahlungsrechnung {{number}}",
    download: "{{invoice}} herunterladen (PDF)",
    confirm_paying: "Zahlung von {{invoice}} bestätigen",
    pay_deposit: "Anzahlung bezahlen",
    pay_invoice: "Rechnung bezahlen",
    paying: "Zahlung läuft …",
    no_online_payment: "Online-Zahlung ist nicht verfügbar; bitte per Überweisung bezahlen.",
    loading_payment_form: "Zahlungsformular wird geladen …",
    paid_on: "Bezahlt am {{date}}. Vielen Dank.",
    due: "Fällig am {{date}}",
    pay_question: "Jetzt {{amount}} bezahlen?",
    pay_amount: "{{amount}} bezahlen",
  },
  actions: {
    cancel: "Abbrechen",
  },
  payment: {
    pay_now: "Jetzt bezahlen",
    failed: "Die Zahlung ist nicht durchgegangen.",
    not_recorded:
      "Die Zahlung ist durchgegangen, konnte aber noch nicht erfasst werden. Laden Sie die Seite in einer Minute neu.",
    not_configured: "Kartenzahlung ist nicht eingerichtet.",
  },
  download: {
    preparing_pdf: "PDF wird erstellt …",
  },
  totals: {
    subtotal: "Zwischensumme",
    discount: "Rabatte",
    shipping: "Versand",
    credit: "Gutschrift",
    tax: "Steuer",
    total: "Gesamtbetrag",
    deposit: "Anzahlung",
    paid: "Bezahlt",
    outstanding: "Offen",
  },
  expires: {
    today: "Läuft heute ab",
    tomorrow: "Läuft morgen ab",
    in_days_one: "Läuft in {{count}} Tag ab",
    in_days_other: "Läuft in {{count}} Tagen ab",
  },
}

export default common
