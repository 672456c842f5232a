import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/features"

const features: Messages<typeof en> = {
  work_requests_off: "Arbeitsaufträge werden in diesem Portal nicht angeboten",
  conversations_off: "Unterhaltungen werden in diesem Portal nicht angeboten",
  documents_off: "Dokumente werden in diesem Portal nicht angeboten",
}

export default features
