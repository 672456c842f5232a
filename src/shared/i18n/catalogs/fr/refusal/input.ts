import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/input"

const input: Messages<typeof en> = {
  text_nul: "{{field}} contient un caractère NUL",
  text_surrogate: "{{field}} n’est pas de l’Unicode valide (un demi-codet isolé)",
  key_nul: "Une clé de {{field}} contient un caractère NUL",
  key_surrogate: "Une clé de {{field}} n’est pas de l’Unicode valide (un demi-codet isolé)",
  too_deep: "{{field}} est imbriqué sur plus de {{levels}} niveaux",
  segment_encoding:
    "Le segment de chemin « {{segment}} » n’est pas de l’UTF-8 correctement encodé en pourcentage",
  segment_invalid:
    "Le segment de chemin « {{segment}} » n’est pas un identifiant valide : utilisez des lettres, des chiffres, « _ » et « - », 200 au plus",
  path_encoding: "Le chemin n’est pas de l’UTF-8 correctement encodé en pourcentage",
  token_invalid: "Le jeton dans le chemin n’est pas valide",
  query_encoding:
    "Le paramètre de requête « {{name}} » n’est pas de l’UTF-8 correctement encodé en pourcentage",
  query_unknown: "Paramètre de requête inconnu « {{name}} »",
  no_query: "Cette route n’accepte aucun paramètre de requête",
  path_parameter: "Paramètre de chemin {{name}} invalide : {{problem}}",
  json_only: "Envoyez le corps de la requête en application/json",
  body_object: "Le corps de la requête doit être un objet JSON",
  file_too_large: "Le fichier dépasse {{megabytes}} Mo",
  form_too_large:
    "Trop de champs de formulaire, ou trop volumineux. Envoyez un seul fichier dans le champ multipart `{{field}}`",
  upload_unreadable:
    "Le fichier envoyé n’a pas pu être lu ({{detail}}). Envoyez un seul fichier dans le champ multipart `{{field}}`",
}

export default input
