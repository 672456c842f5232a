import type { Messages } from "../../catalog"
import type en from "../en/refusal"
import access from "./refusal/access"
import quote from "./refusal/quote"
import status from "./refusal/status"

const refusal: Messages<typeof en> = { access, status, quote }

export default refusal
