import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { ConversationPage } from "./ConversationPage"
import { ConversationsPage } from "./ConversationsPage"
import { NewConversationPage } from "./NewConversationPage"

/** /account/conversations…, loaded on demand: the list, a new conversation, a conversation. */
export default function ConversationsRoutes() {
  return (
    <Routes>
      <Route index element={<ConversationsPage />} />
      <Route path="new" element={<NewConversationPage />} />
      <Route path=":id" element={<ConversationPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
