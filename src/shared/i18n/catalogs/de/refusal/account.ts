import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/account"

const account: Messages<typeof en> = {
  invalid_invitation: "Diese Einladung ist nicht gültig. Bitten Sie den Absender um eine neue.",
  contact_access_off:
    "Der Portalzugang für diesen Kontakt ist ausgeschaltet; bitten Sie den Absender, ihn einzuschalten",
  login_exists:
    "Für {{email}} gibt es bereits eine Anmeldung: Geben Sie deren Passwort ein, um die Einladung anzunehmen",
  login_not_created: "Die Anmeldung konnte nicht angelegt werden",
  login_of_other_customer:
    "Die Anmeldung für {{email}} gehört zu einem anderen Kundendatensatz; bitten Sie den Händler, diesen einzuladen",
  login_already_contact:
    "Die Anmeldung für diese E-Mail-Adresse ist bereits ein Kontakt dieses Unternehmens",
  password_length: "Passwort: mindestens 10 Zeichen.",
  password_mix:
    "Passwort: zwei Arten von Zeichen: Kleinbuchstaben, Großbuchstaben, Ziffern, Leerzeichen oder Sonderzeichen.",
  password_email: "Passwort: nicht Ihre E-Mail-Adresse.",
  password_max: "Passwort: höchstens 200 Zeichen.",
}

export default account
