import type { Messages } from "../../../catalog"
import type en from "../../en/portal/auth"

const auth: Messages<typeof en> = {
  title: "Auth",
}

export default auth
