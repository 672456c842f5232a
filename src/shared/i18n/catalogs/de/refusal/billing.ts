import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/billing"

const billing: Messages<typeof en> = {}

export default billing
