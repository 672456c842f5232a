import type { Messages } from "../../../catalog"
import type en from "../../en/portal/orders"

const orders: Messages<typeof en> = {
  title: "Orders",
}

export default orders
