import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { quotePath, quotesPath } from "../../../../components/quotes/paths"
import { QuoteForm } from "../../../../components/quotes/quote-form/quote-form"
import {
  draftFromQuote,
  type QuoteDraft,
  quoteChanges,
} from "../../../../components/quotes/quote-form/quote-form-model"
import { useQuote, useUpdateQuote } from "../../../../hooks/quotes"
import { errorMessage, isNotFound } from "../../../../lib/errors"

const EditQuotePage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const { data: quote, isPending, isError, error, refetch } = useQuote(id)
  const update = useUpdateQuote(id)
  const [serverError, setServerError] = useState<string | null>(null)

  if (isPending) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-64 w-full" />
      </Container>
    )
  }

  if (isError || !quote.actions.edit) {
    const heading = isError
      ? isNotFound(error)
        ? "Quote not found"
        : "Something went wrong"
      : `${quote.number} can no longer be edited`
    const detail = isError
      ? isNotFound(error)
        ? "It may have been deleted."
        : `The quote could not be loaded: ${errorMessage(error)}`
      : `It is ${quote.status}. Duplicate it to make a new draft with the same lines.`
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Heading>{heading}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {detail}
        </Text>
        <div className="flex gap-x-2">
          {isError && !isNotFound(error) && (
            <Button size="small" variant="secondary" onClick={() => refetch()}>
              Try again
            </Button>
          )}
          <Button size="small" variant="secondary" asChild>
            <Link to={quote ? quotePath(quote.id) : quotesPath}>Back</Link>
          </Button>
        </div>
      </Container>
    )
  }

  const save = async (draft: QuoteDraft) => {
    setServerError(null)
    try {
      await update.mutateAsync(quoteChanges(draft, quote))
      toast.success(`Saved ${quote.number}`, {
        description:
          quote.status === "draft"
            ? undefined
            : "The buyer sees the changes the next time they open their link.",
      })
      navigate(quotePath(quote.id))
    } catch (error) {
      setServerError(errorMessage(error))
      toast.error(`${quote.number} was not saved completely`, {
        description: errorMessage(error),
      })
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading>Edit {quote.number}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {quote.status === "draft"
            ? "A draft: the buyer sees nothing until you send it."
            : "Already sent: the buyer's link shows your changes at once."}
        </Text>
      </Container>
      <QuoteForm
        // After a partial save the form starts again from what the server holds.
        key={quote.updated_at}
        mode="edit"
        initial={draftFromQuote(quote)}
        submitLabel="Save"
        isSubmitting={update.isPending}
        serverError={serverError}
        onSubmit={save}
        onCancel={() => navigate(quotePath(quote.id))}
        companyLocked={quote.status !== "draft"}
      />
    </div>
  )
}

export const handle = { breadcrumb: () => "Edit" }

export default EditQuotePage
