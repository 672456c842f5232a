import { Button, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { MAX_WORK_REQUEST_MESSAGE_LENGTH } from "../../../shared/work-requests"
import {
  useReplyToWorkRequest,
  type WorkRequest,
  type WorkRequestStatus,
} from "../../hooks/work-requests"
import { errorMessage } from "../../lib/errors"
import { ThreadMessage } from "../common/thread-message"

/** What the contact wrote when submitting: plain text, its line breaks kept. */
export const WorkRequestDescription = ({ request }: { request: WorkRequest }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Description</Heading>
    </div>
    <Text
      size="small"
      className="whitespace-pre-wrap break-words px-6 py-4"
      data-testid="work-request-description"
    >
      {request.description}
    </Text>
  </Container>
)

/**
 * The thread with the company's contacts, and the reply form: "Reply", or "Reply and wait on
 * client" to set the status in the same step (the contact's answer moves it back to in
 * progress).
 */
export const WorkRequestThread = ({ request }: { request: WorkRequest }) => {
  const reply = useReplyToWorkRequest(request.id)
  const [body, setBody] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState<"reply" | "wait" | null>(null)

  const send = async (status?: WorkRequestStatus) => {
    const text = body.trim()
    if (!text) return setProblem("Write a reply first")
    if (text.length > MAX_WORK_REQUEST_MESSAGE_LENGTH) {
      return setProblem(`Keep it to ${MAX_WORK_REQUEST_MESSAGE_LENGTH} characters`)
    }
    setProblem(null)
    setSending(status ? "wait" : "reply")
    try {
      await reply.mutateAsync(status ? { body: text, status } : { body: text })
      setBody("")
      toast.success(status ? "Reply sent; waiting on the client" : "Reply sent")
    } catch (error) {
      toast.error("The reply was not sent", { description: errorMessage(error) })
    } finally {
      setSending(null)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send()
  }

  return (
    <Container className="divide-y p-0" aria-labelledby="work-request-thread-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="work-request-thread-heading">
          Messages
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The company&apos;s contacts read your replies on the request in the portal.
        </Text>
      </div>
      <div className="px-6 py-4" aria-live="polite">
        {request.messages.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No messages yet.
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-3" aria-label="Messages">
            {request.messages.map((message) => (
              <ThreadMessage key={message.id} message={message} />
            ))}
          </ol>
        )}
      </div>
      <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={submit} noValidate>
        <Label htmlFor="work-request-reply" size="small" weight="plus">
          Reply to the contact
        </Label>
        <Textarea
          id="work-request-reply"
          value={body}
          rows={4}
          aria-invalid={!!problem}
          aria-describedby={problem ? "work-request-reply-problem" : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {problem && (
          <Text id="work-request-reply-problem" size="small" className="text-ui-fg-error">
            {problem}
          </Text>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            isLoading={sending === "wait"}
            disabled={reply.isPending}
            onClick={() => void send("waiting_on_client")}
          >
            Reply and wait on client
          </Button>
          <Button
            size="small"
            type="submit"
            isLoading={sending === "reply"}
            disabled={reply.isPending}
          >
            Reply
          </Button>
        </div>
      </form>
    </Container>
  )
}
