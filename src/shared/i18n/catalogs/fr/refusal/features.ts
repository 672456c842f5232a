import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/features"

const features: Messages<typeof en> = {
  documents_off: "Les documents ne sont pas proposés dans ce portail",
}

export default features
