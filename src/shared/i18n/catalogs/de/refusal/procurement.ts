import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/procurement"

const procurement: Messages<typeof en> = {}

export default procurement
