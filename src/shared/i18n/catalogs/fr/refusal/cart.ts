import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/cart"

const cart: Messages<typeof en> = {}

export default cart
