import { Button, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { MAX_CONVERSATION_MESSAGE_LENGTH } from "../../../shared/conversations"
import { type Conversation, useReplyToConversation } from "../../hooks/conversations"
import { errorMessage } from "../../lib/errors"
import { FieldError } from "../common/field-error"
import { ThreadMessage } from "../common/thread-message"

/** The thread with the company's contacts, oldest message first, and the reply form. */
export const ConversationThread = ({ conversation }: { conversation: Conversation }) => {
  const reply = useReplyToConversation(conversation.id)
  const [body, setBody] = useState("")
  const [problem, setProblem] = useState<string | undefined>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (!text) return setProblem("Write a reply first.")
    if (text.length > MAX_CONVERSATION_MESSAGE_LENGTH) {
      return setProblem(`Keep it to ${MAX_CONVERSATION_MESSAGE_LENGTH} characters.`)
    }
    setProblem(undefined)
    try {
      await reply.mutateAsync({ body: text })
      setBody("")
      toast.success("Reply sent")
    } catch (error) {
      toast.error("The reply was not sent", { description: errorMessage(error) })
    }
  }

  return (
    <Container className="divide-y p-0" aria-labelledby="conversation-thread-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="conversation-thread-heading">
          Messages
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The participating contacts read your replies in the portal.
        </Text>
      </div>
      <div className="px-6 py-4" aria-live="polite">
        {conversation.messages.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No messages yet.
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-3" aria-label="Messages">
            {conversation.messages.map((message) => (
              <ThreadMessage key={message.id} message={message} />
            ))}
          </ol>
        )}
      </div>
      <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={submit} noValidate>
        <Label htmlFor="conversation-reply" size="small" weight="plus">
          Reply
        </Label>
        <Textarea
          id="conversation-reply"
          value={body}
          rows={4}
          maxLength={MAX_CONVERSATION_MESSAGE_LENGTH}
          aria-invalid={!!problem}
          aria-describedby={problem ? "conversation-reply-error" : undefined}
          onChange={(event) => {
            setBody(event.target.value)
            setProblem(undefined)
          }}
        />
        <FieldError id="conversation-reply-error" text={problem} />
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={reply.isPending}>
            Send reply
          </Button>
        </div>
      </form>
    </Container>
  )
}
