import type { Messages } from "../../../catalog"
import type en from "../../en/portal/auth"

const auth: Messages<typeof en> = {
  sign_in: {
    title: "Anmelden",
    session_ended: "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
    reset_done: "Ihr neues Passwort ist gesetzt. Melden Sie sich damit an.",
    password: "Passwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft …",
    forgot: "Passwort vergessen?",
    enter_email: "Geben Sie Ihre E-Mail-Adresse ein.",
    enter_password: "Geben Sie Ihr Passwort ein.",
    no_match: "Diese E-Mail-Adresse und dieses Passwort passen zu keiner Anmeldung.",
  },
  forgot: {
    title: "Passwort vergessen?",
    intro:
      "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen per E-Mail einen Link, mit dem Sie ein neues Passwort festlegen.",
    enter_email: "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.",
    submit: "Link per E-Mail senden",
    sending: "Wird gesendet …",
    sent_title: "Sehen Sie in Ihr Postfach",
    sent_text:
      "Falls {{email}} eine Portalanmeldung hat, haben wir einen Link dorthin gesendet, mit dem Sie ein neues Passwort wählen können. Der Link funktioniert einmal, 15 Minuten lang.",
    back_to_sign_in: "Zurück zur Anmeldung",
  },
  reset: {
    title: "Neues Passwort wählen",
    for_email: "Für {{email}}",
    submit: "Passwort speichern und anmelden",
    saving: "Wird gespeichert …",
    dead_title: "Dieser Link funktioniert nicht mehr",
    dead_text:
      "Passwort-Links funktionieren einmal, 15 Minuten lang. Fordern Sie einen neuen an, oder melden Sie sich an, wenn Sie Ihr Passwort noch wissen.",
    new_link: "Neuen Link per E-Mail senden",
    sign_in: "Anmelden",
  },
  password: {
    new: "Neues Passwort",
    repeat: "Passwort wiederholen",
    rules_label: "Passwortregeln",
    met: "(erfüllt)",
    not_yet: "(noch nicht erfüllt)",
    differ: "Die beiden Passwörter stimmen nicht überein.",
    repeat_same: "Geben Sie in beiden Feldern dasselbe Passwort ein.",
    rules: {
      length: "Mindestens 10 Zeichen",
      mix: "Zwei Arten von Zeichen: Kleinbuchstaben, Großbuchstaben, Ziffern, Leerzeichen oder Sonderzeichen",
      email: "Nicht Ihre E-Mail-Adresse",
      max: "Höchstens 200 Zeichen",
    },
    problems: {
      length: "Passwort: mindestens 10 Zeichen.",
      mix: "Passwort: zwei Arten von Zeichen: Kleinbuchstaben, Großbuchstaben, Ziffern, Leerzeichen oder Sonderzeichen.",
      email: "Passwort: nicht Ihre E-Mail-Adresse.",
      max: "Passwort: höchstens 200 Zeichen.",
    },
  },
  invitation: {
    title: "Portalanmeldung einrichten",
    checking: "Ihre Einladung wird geprüft …",
    waiting: "{{company}} erwartet Sie.",
    waiting_as: "{{company}} erwartet Sie als {{email}}.",
    intro:
      "Geben Sie Ihren Namen an und wählen Sie ein Passwort. Damit melden Sie sich künftig an.",
    password: "Passwort",
    existing_password: "Passwort Ihrer bestehenden Anmeldung",
    existing_hint: "Vergessen? {{reset}} und öffnen Sie diese Einladung danach erneut.",
    reset_it: "Setzen Sie es zurück",
    submit: "Dem Portal beitreten",
    submitting: "Wird eingerichtet …",
    enter_first_name: "Geben Sie Ihren Vornamen ein.",
    enter_last_name: "Geben Sie Ihren Nachnamen ein.",
    enter_existing_password: "Geben Sie das Passwort Ihrer bestehenden Anmeldung ein.",
    existing_login:
      "Sie haben bereits eine Anmeldung mit dieser E-Mail-Adresse. Geben Sie deren Passwort ein, um beizutreten, oder setzen Sie es zuerst zurück.",
    wrong_existing_password: "Das ist nicht das Passwort Ihrer bestehenden Anmeldung.",
    sign_in: "Anmelden",
    used_title: "Diese Einladung wurde bereits verwendet",
    used_text:
      "Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, die Sie gewählt haben. Passwort vergessen? Setzen Sie es auf der Anmeldeseite zurück.",
    expired_title: "Diese Einladung ist abgelaufen",
    expired_text:
      "Einladungen laufen nach einiger Zeit ab. Bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue zu senden.",
    revoked_title: "Diese Einladung ist nicht mehr gültig",
    revoked_text:
      "Sie wurde zurückgezogen oder durch eine neuere ersetzt. Verwenden Sie die neueste Einladungs-E-Mail, oder bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue zu senden.",
    unknown_title: "Diese Einladung ist nicht mehr gültig",
    unknown_text:
      "Einladungen funktionieren einmal und laufen nach einiger Zeit ab. Wenn Sie Ihr Passwort bereits festgelegt haben, melden Sie sich an. Andernfalls bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue Einladung zu senden.",
  },
}

export default auth
