import type { Messages } from "../../../catalog"
import type en from "../../en/portal/supplier"

const supplier: Messages<typeof en> = {
  title: "Supplier",
}

export default supplier
