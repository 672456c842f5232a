import type { Messages } from "../../catalog"
import type en from "../en/email"

const email: Messages<typeof en> = {
  layout: {
    button_fallback: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    wrote: "{{author}} a écrit :",
  },
  invitation: {
    subject: "Votre accès au portail pour {{company}}",
    invited:
      "{{merchant}} vous a invité au portail client de {{company}}, où vous pouvez consulter devis, commandes et factures.",
    choose_password: "Choisissez votre mot de passe pour vous connecter.",
    action: "Définir votre mot de passe",
    expires: "Le lien fonctionne une seule fois, jusqu'au {{expires}}.",
  },
}

export default email
