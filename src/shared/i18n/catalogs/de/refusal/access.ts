import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/access"

const access: Messages<typeof en> = {
  too_many_links:
    "Zu viele ungültige Angebotslinks von dieser Adresse; bitte versuchen Sie es später erneut.",
  too_many_invitations:
    "Zu viele ungültige Einladungen von dieser Adresse; bitte versuchen Sie es später erneut.",
  invalid_link: "Dieser Angebotslink ist nicht gültig. Bitten Sie den Absender um einen neuen.",
  sign_in: "Melden Sie sich an, um das Portal zu nutzen",
  sign_in_again: "Ihre Anmeldung ist älter als Ihr Portalzugang; bitte melden Sie sich erneut an",
  no_portal_access:
    "Ihre Anmeldung hat keinen Portalzugang; bitten Sie den Händler, Sie einzuladen",
  not_company_contact: "Sie sind kein Portalkontakt dieses Unternehmens",
  teams_forbid: "Ihre Teams bei {{company}} erlauben dies nicht ({{permission}})",
  teams_forbid_unnamed: "Ihre Teams erlauben dies nicht ({{permission}})",
}

export default access
