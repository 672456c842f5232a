import { Button, clx, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { type QuoteDetail, useReplyToQuote } from "../../hooks/quotes"
import { errorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"

const MAX_LENGTH = 5000

/** The thread with the buyer, and a reply box (the buyer sees replies on their quote page). */
export const QuoteMessages = ({ quote }: { quote: QuoteDetail }) => {
  const reply = useReplyToQuote(quote.id)
  const [body, setBody] = useState("")
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (!text) return setProblem("Write a reply first")
    if (text.length > MAX_LENGTH) return setProblem(`Keep it to ${MAX_LENGTH} characters`)
    setProblem(null)
    try {
      await reply.mutateAsync(text)
      setBody("")
      toast.success("Reply sent")
    } catch (error) {
      toast.error("The reply was not sent", { description: errorMessage(error) })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Messages</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4" aria-live="polite">
        {quote.messages.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No messages yet. Questions the buyer asks from the quote page appear here.
          </Text>
        ) : (
          quote.messages.map((message) => {
            const fromStaff = message.author_type === "staff"
            return (
              <div
                key={message.id}
                className={clx(
                  "flex max-w-[85%] flex-col gap-y-1 rounded-lg px-3 py-2",
                  fromStaff ? "bg-ui-bg-highlight self-end" : "bg-ui-bg-component self-start"
                )}
              >
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {message.author_name || (fromStaff ? "Staff" : "Buyer")} ·{" "}
                  {formatDateTime(message.created_at)}
                </Text>
                <Text size="small" className="whitespace-pre-wrap break-words">
                  {message.body}
                </Text>
              </div>
            )
          })
        )}
      </div>
      <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={submit} noValidate>
        <Label htmlFor="quote-reply" size="small" weight="plus">
          Reply to the buyer
        </Label>
        <Textarea
          id="quote-reply"
          value={body}
          rows={3}
          aria-invalid={!!problem}
          aria-describedby={problem ? "quote-reply-problem" : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {problem && (
          <Text id="quote-reply-problem" size="small" className="text-ui-fg-error">
            {problem}
          </Text>
        )}
        <Button size="small" className="self-end" type="submit" isLoading={reply.isPending}>
          Send reply
        </Button>
      </form>
    </Container>
  )
}
