import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/work-requests"

const work_requests: Messages<typeof en> = {
  not_found: "La demande d’intervention {{id}} est introuvable",
  closed:
    "{{number}} est clôturée ; soumettez une nouvelle demande s’il reste quelque chose à faire, ou demandez au marchand de la rouvrir",
  too_many_attachments:
    "{{number}} a déjà {{max}} fichiers ; une demande n’en accepte pas davantage",
  preferred_date_past:
    "La date souhaitée {{date}} est passée ; choisissez aujourd’hui ou un jour suivant",
}

export default work_requests
