import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { OrderPaymentFacts } from "../components/billing/order-payment-facts"
import { quotePath } from "../components/quotes/paths"
import { QuoteStatusBadge } from "../components/quotes/quote-status-badge"
import { SignedPdfButton } from "../components/quotes/signed-pdf-button"
import { useQuote, useQuotes } from "../hooks/quotes"
import { errorMessage } from "../lib/errors"
import { formatDateTime } from "../lib/format"

/**
 * On an order created by accepting a quote: which quote, its signed agreement,
 * and what is paid and outstanding (deposit, then balance).
 */
const OrderQuoteWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const found = useQuotes({ limit: 1, offset: 0, order_id: order.id })
  const quoteId = found.data?.quotes[0]?.id
  const detail = useQuote(quoteId ?? "", { enabled: !!quoteId })

  // Most orders come from checkout, not a quote: then the widget stays out of the way.
  if (found.isPending || (!found.isError && !quoteId)) return null

  if (found.isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Whether this order came from a quote could not be checked: {errorMessage(found.error)}
        </Text>
      </Container>
    )
  }

  const quote = detail.data ?? found.data.quotes[0]
  const signed = detail.data?.signed_agreement
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Quote</Heading>
        <QuoteStatusBadge status={quote.status} />
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Text size="small" className="flex items-center gap-x-2">
          <DocumentText className="text-ui-fg-subtle" />
          <span>
            Created from quote{" "}
            <Link className="text-ui-fg-interactive font-medium" to={quotePath(quote.id)}>
              {quote.number}
            </Link>
          </span>
        </Text>
        <OrderPaymentFacts orderId={order.id} />
        {signed ? (
          <div className="flex flex-col items-start gap-y-2">
            <Text size="small" className="text-ui-fg-subtle">
              Signed by {signed.signer_name}, {formatDateTime(signed.signed_at)}
            </Text>
            <SignedPdfButton quoteId={quote.id} />
          </div>
        ) : (
          detail.isSuccess && (
            <Text size="small" className="text-ui-fg-subtle">
              Accepted without an agreement.
            </Text>
          )
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderQuoteWidget
