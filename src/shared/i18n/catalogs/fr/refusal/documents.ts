import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/documents"

const documents: Messages<typeof en> = {
  file_missing: "Choisissez un fichier à envoyer",
  file_too_large: "Le fichier dépasse {{megabytes}} Mo",
  file_type:
    "{{name}} n’est pas un fichier accepté par le portail, ou son contenu ne correspond pas à son nom : envoyez un PDF, une image (PNG, JPEG, WebP, GIF) ou un document bureautique (Word, Excel, PowerPoint, OpenDocument)",
  request_not_found: "La demande de documents {{id}} est introuvable",
  request_item_not_found: "Cette demande ne porte sur aucun document {{id}}",
  request_not_open:
    "« {{title}} » n’accepte plus de fichiers ; demandez à l’expéditeur de la rouvrir s’il manque quelque chose",
  not_found: "Le document {{id}} est introuvable",
}

export default documents
