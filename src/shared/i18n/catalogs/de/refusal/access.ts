import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/access"

const access: Messages<typeof en> = {
  too_many_links:
    "Zu viele ungültige Angebotslinks von dieser Adresse; bitte versuchen Sie es später erneut.",
  too_many_invitations:
    "Zu viele ungültige Einladungen von dieser Adresse; bitte versuchen Sie es später erneut.",
  invalid_link: "Dieser Angebotslink ist nicht gültig. Bitten Sie den Absender um einen neuen.",
}

export default access
