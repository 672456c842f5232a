import type { Messages } from "../../../catalog"
import type en from "../../en/portal/catalog"

const catalog: Messages<typeof en> = {
  title: "Catalog",
}

export default catalog
