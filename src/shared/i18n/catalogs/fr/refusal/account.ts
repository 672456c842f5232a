import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/account"

const account: Messages<typeof en> = {}

export default account
