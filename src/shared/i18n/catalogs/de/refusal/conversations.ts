import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/conversations"

const conversations: Messages<typeof en> = {
  not_found: "Unterhaltung {{id}} wurde nicht gefunden",
  new_threads_off:
    "In diesem Portal beginnt nur der Händler Unterhaltungen; antworten Sie auf eine seiner",
}

export default conversations
