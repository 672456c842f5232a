import { useParams } from "react-router-dom"
import { RecordPage, TwoColumns } from "../../../components/common/record-page"
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
  const query = useQuote(id)
  return (
    <RecordPage
      query={query}
      thing="quote"
      notFoundHeading="Quote not found"
      back={{ to: quotesPath, label: "Back to quotes" }}
    >
      {(quote) => (
        <TwoColumns
          sideWidth={440}
          main={
            <>
              <QuoteHeader quote={quote} />
              <QuoteItemsSection quote={quote} />
              <SignedAgreementSection quote={quote} />
              <QuoteMessages quote={quote} />
            </>
          }
          side={
            <>
              <OrderInvoicesSection quote={quote} />
              <QuoteShippingSection quote={quote} />
              <QuoteTermsSection quote={quote} />
              <QuoteTimeline quote={quote} />
            </>
          }
        />
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Quote" }

export default QuoteDetailPage
