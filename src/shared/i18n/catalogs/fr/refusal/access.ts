import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/access"

const access: Messages<typeof en> = {
  too_many_links: "Trop de liens de devis invalides depuis cette adresse ; réessayez plus tard.",
  too_many_invitations: "Trop d’invitations invalides depuis cette adresse ; réessayez plus tard.",
  invalid_link: "Ce lien de devis n’est pas valide. Demandez-en un nouveau à l’expéditeur.",
}

export default access
