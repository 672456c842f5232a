import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/features"

const features: Messages<typeof en> = {
  work_requests_off: "Les demandes d’intervention ne sont pas proposées sur ce portail",
  conversations_off: "Les conversations ne sont pas proposées sur ce portail",
  documents_off: "Les documents ne sont pas proposés dans ce portail",
}

export default features
