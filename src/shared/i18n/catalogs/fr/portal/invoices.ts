import type { Messages } from "../../../catalog"
import type en from "../../en/portal/invoices"

const invoices: Messages<typeof en> = {
  title: "Invoices",
}

export default invoices
