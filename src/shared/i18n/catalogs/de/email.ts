import type { Messages } from "../../catalog"
import type en from "../en/email"

const email: Messages<typeof en> = {
  layout: {
    button_fallback:
      "Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:",
    wrote: "{{author}} schrieb:",
  },
  invitation: {
    subject: "Ihr Portalzugang für {{company}}",
    invited:
      "{{merchant}} hat Sie zum Kundenportal für {{company}} eingeladen. Dort sehen Sie Angebote, Bestellungen und Rechnungen.",
    choose_password: "Wählen Sie Ihr Passwort, um sich anzumelden.",
    action: "Passwort festlegen",
    expires: "Der Link funktioniert einmal, bis {{expires}}.",
  },
}

export default email
