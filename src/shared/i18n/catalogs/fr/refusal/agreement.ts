import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/agreement"

const agreement: Messages<typeof en> = {}

export default agreement
