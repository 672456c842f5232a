import { Container, Heading, Text } from "@medusajs/ui"
import type { Conversation, ConversationParticipant } from "../../hooks/conversations"
import type { ConversationSide } from "../../../shared/conversations"

const SIDES: { side: ConversationSide; heading: string; none: string; unnamed: string }[] = [
  {
    side: "customer",
    heading: "Contacts",
    none: "No contact takes part.",
    unnamed: "A former contact",
  },
  {
    side: "staff",
    heading: "Staff",
    none: "No staff member yet.",
    unnamed: "A former staff member",
  },
]

/** Who takes part in the thread: the company's contacts, then the merchant's staff. */
export const ConversationParticipants = ({ conversation }: { conversation: Conversation }) => (
  <Container className="divide-y p-0" aria-labelledby="conversation-participants-heading">
    <div className="px-6 py-4">
      <Heading level="h2" id="conversation-participants-heading">
        Participants
      </Heading>
    </div>
    {SIDES.map(({ side, heading, none, unnamed }) => {
      const people = conversation.participants.filter(
        (participant: ConversationParticipant) => participant.side === side
      )
      return (
        <div key={side} className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus" id={`conversation-participants-${side}`}>
            {heading}
          </Text>
          {people.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {none}
            </Text>
          ) : (
            <ul aria-labelledby={`conversation-participants-${side}`}>
              {people.map((participant) => (
                <li key={participant.id}>
                  <Text size="small" className="break-words">
                    {participant.name || unnamed}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )
    })}
  </Container>
)
