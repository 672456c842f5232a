import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/conversations"

const conversations: Messages<typeof en> = {
  not_found: "La conversation {{id}} est introuvable",
  new_threads_off:
    "Sur ce portail, seul le marchand ouvre des conversations ; répondez à l’une des siennes",
}

export default conversations
