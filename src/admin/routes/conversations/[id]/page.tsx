import { useParams } from "react-router-dom"
import { RecordPage, TwoColumns } from "../../../components/common/record-page"
import { ConversationHeader } from "../../../components/conversations/conversation-header"
import { ConversationParticipants } from "../../../components/conversations/conversation-participants"
import { ConversationThread } from "../../../components/conversations/conversation-thread"
import { conversationsPath } from "../../../components/conversations/paths"
import { useConversation } from "../../../hooks/conversations"

/**
 * A conversation with a company's contacts: its subject and company, the thread with a reply
 * form, and who takes part. Opening it marks it read for the signed-in staff member.
 */
const ConversationPage = () => {
  const { id = "" } = useParams()
  const query = useConversation(id)
  return (
    <RecordPage
      query={query}
      thing="conversation"
      notFoundHeading="Conversation not found"
      back={{ to: conversationsPath, label: "Back to conversations" }}
    >
      {(conversation) => (
        <TwoColumns
          main={
            <>
              <ConversationHeader conversation={conversation} />
              <ConversationThread conversation={conversation} />
            </>
          }
          side={<ConversationParticipants conversation={conversation} />}
        />
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Conversation" }

export default ConversationPage
