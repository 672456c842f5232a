import { Container, Skeleton } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LoadError } from "../../../components/load-error"
import { OrderInvoicesSection } from "../../../components/quotes/order-invoices-section"
import { quotesPath } from "../../../components/quotes/paths"
import { QuoteHeader } from "../../../components/quotes/quote-header"
import { QuoteItemsSection } from "../../../components/quotes/quote-items-section"
import { QuoteMessages } from "../../../components/quotes/quote-messages"
import { QuoteShippingSection } from "../../../components/quotes/quote-shipping-section"
import { QuoteTermsSection } from "../../../components/quotes/quote-terms-section"
import { QuoteTimeline } from "../../../components/quotes/quote-timeline"
import { SignedAgreementSection } from "../../../components/quotes/signed-agreement-section"
import { useQuote } from "../../../hooks/quotes"

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
    return (
      <LoadError
        error={error}
        thing="quote"
        notFoundHeading="Quote not found"
        back={{ to: quotesPath, label: "Back to quotes" }}
        onRetry={() => refetch()}
      />
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
        <QuoteShippingSection quote={quote} />
        <QuoteTermsSection quote={quote} />
        <QuoteTimeline quote={quote} />
      </div>
    </div>
  )
}

export const handle = { breadcrumb: () => "Quote" }

export default QuoteDetailPage
