import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/access"

const access: Messages<typeof en> = {
  too_many_links: "Trop de liens de devis invalides depuis cette adresse ; réessayez plus tard.",
  too_many_invitations: "Trop d’invitations invalides depuis cette adresse ; réessayez plus tard.",
  invalid_link: "Ce lien de devis n’est pas valide. Demandez-en un nouveau à l’expéditeur.",
  sign_in: "Connectez-vous pour utiliser le portail",
  sign_in_again: "Votre connexion est antérieure à votre accès au portail ; reconnectez-vous",
  no_portal_access:
    "Votre identifiant n’a pas accès au portail ; demandez au marchand de vous inviter",
  not_company_contact: "Vous n’êtes pas un contact de cette entreprise sur le portail",
  teams_forbid: "Vos équipes chez {{company}} ne le permettent pas ({{permission}})",
  teams_forbid_unnamed: "Vos équipes ne le permettent pas ({{permission}})",
}

export default access
