import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { OrderInvoicesSection } from "../../../components/quotes/order-invoices-section"
import { quotesPath } from "../../../components/quotes/paths"
import { QuoteHeader } from "../../../components/quotes/quote-header"
import { QuoteItemsSection } from "../../../components/quotes/quote-items-section"
import { QuoteMessages } from "../../../components/quotes/quote-messages"
import { QuoteTermsSection } from "../../../components/quotes/quote-terms-section"
import { QuoteTimeline } from "../../../components/quotes/quote-timeline"
import { SignedAgreementSection } from "../../../components/quotes/signed-agreement-section"
import { errorMessage, isNotFound, useQuote } from "../../../hooks/quotes"

const QuoteDetailPage = () => {
  const { id = "" } = useParams()
  const { data: quote, isPending, isError, error, refetch } = useQuote(id)

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3" aria-busy="true">
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-5 w-72" />
        </Container>
        <Container className="px-6 py-4">
          <Skeleton className="h-48 w-full" />
        </Container>
      </div>
    )
  }

  if (isError) {
    const notFound = isNotFound(error)
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Heading>{notFound ? "Quote not found" : "Something went wrong"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {notFound
            ? "It may have been deleted."
            : `The quote could not be loaded: ${errorMessage(error)}`}
        </Text>
        <div className="flex gap-x-2">
          {!notFound && (
            <Button size="small" variant="secondary" onClick={() => refetch()}>
              Try again
            </Button>
          )}
          <Button size="small" variant="secondary" asChild>
            <Link to={quotesPath}>Back to quotes</Link>
          </Button>
        </div>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full flex-col gap-y-3">
        <QuoteHeader quote={quote} />
        <QuoteItemsSection quote={quote} />
        <SignedAgreementSection quote={quote} />
        <QuoteMessages quote={quote} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <OrderInvoicesSection quote={quote} />
        <QuoteTermsSection quote={quote} />
        <QuoteTimeline quote={quote} />
      </div>
    </div>
  )
}

export const handle = { breadcrumb: () => "Quote" }

export default QuoteDetailPage
