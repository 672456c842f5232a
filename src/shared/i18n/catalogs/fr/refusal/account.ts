import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/account"

const account: Messages<typeof en> = {
  invalid_invitation: "Cette invitation n’est pas valide. Demandez-en une nouvelle à l’expéditeur.",
  contact_access_off:
    "L’accès au portail de ce contact est désactivé ; demandez à l’expéditeur de l’activer",
  login_exists:
    "{{email}} a déjà un identifiant : saisissez son mot de passe pour accepter l’invitation",
  login_not_created: "L’identifiant n’a pas pu être créé",
  login_of_other_customer:
    "L’identifiant de {{email}} appartient à une autre fiche client ; demandez au marchand d’inviter celle-ci",
  login_already_contact:
    "L’identifiant de cette adresse e-mail est déjà un contact de cette entreprise",
  password_length: "Mot de passe : au moins 10 caractères.",
  password_mix:
    "Mot de passe : deux sortes de caractères (minuscules, majuscules, chiffres, espaces ou symboles).",
  password_email: "Mot de passe : pas votre adresse e-mail.",
  password_max: "Mot de passe : au plus 200 caractères.",
}

export default account
