import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/agreement"

const agreement: Messages<typeof en> = {
  nothing_to_sign: "Ce devis n’a pas de contrat à signer ; acceptez-le simplement",
  template_gone: "Le modèle de contrat de ce devis n’existe plus",
  signature: {
    not_png_data_url: "La signature doit être une image PNG (data:image/png;base64,...)",
    too_large: "L’image de la signature dépasse {{megabytes}} Mo",
    not_base64: "L’image de la signature n’est pas du base64 valide",
    not_png: "La signature n’est pas une image PNG",
    too_wide: "L’image de la signature ne doit pas dépasser {{side}} × {{side}} pixels",
    too_many_pixels:
      "L’image de la signature ne doit pas dépasser 1\u00a0000\u00a0000 pixels (elle en a {{width}} × {{height}})",
    unreadable: "L’image de la signature n’a pas pu être lue comme un PNG",
    empty: "La signature est vide ; veuillez signer avant d’envoyer",
  },
}

export default agreement
