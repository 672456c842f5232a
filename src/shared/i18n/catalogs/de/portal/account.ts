import type { Messages } from "../../../catalog"
import type en from "../../en/portal/account"

const account: Messages<typeof en> = {
  title: "Account",
}

export default account
