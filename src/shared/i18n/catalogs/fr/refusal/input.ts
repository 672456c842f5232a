import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/input"

const input: Messages<typeof en> = {}

export default input
