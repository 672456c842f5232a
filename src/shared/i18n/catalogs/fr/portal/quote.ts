import type { Messages } from "../../../catalog"
import type en from "../../en/portal/quote"

const quote: Messages<typeof en> = {
  title: "Quote",
}

export default quote
