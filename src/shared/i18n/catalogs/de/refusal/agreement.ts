import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/agreement"

const agreement: Messages<typeof en> = {
  nothing_to_sign:
    "Zu diesem Angebot gehört keine Vereinbarung, die zu unterzeichnen wäre; nehmen Sie es stattdessen an",
  template_gone: "Die Vereinbarungsvorlage dieses Angebots existiert nicht mehr",
  signature: {
    not_png_data_url: "Die Unterschrift muss ein PNG-Bild sein (data:image/png;base64,...)",
    too_large: "Das Unterschriftsbild ist größer als {{megabytes}} MB",
    not_base64: "Das Unterschriftsbild ist kein gültiges Base64",
    not_png: "Die Unterschrift ist kein PNG-Bild",
    too_wide: "Das Unterschriftsbild darf höchstens {{side}}×{{side}} Pixel groß sein",
    too_many_pixels:
      "Das Unterschriftsbild darf höchstens 1.000.000 Pixel haben (es hat {{width}}×{{height}})",
    unreadable: "Das Unterschriftsbild konnte nicht als PNG gelesen werden",
    empty: "Die Unterschrift ist leer; bitte unterschreiben Sie, bevor Sie absenden",
  },
}

export default agreement
