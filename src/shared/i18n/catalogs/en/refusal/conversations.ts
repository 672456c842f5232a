// Refusals of conversations (docs/ARCHITECTURE.md, "Conversations").
const conversations = {
  not_found: "Conversation {{id}} was not found",
  new_threads_off: "Only the merchant starts conversations in this portal; reply to one of theirs",
}

export default conversations
