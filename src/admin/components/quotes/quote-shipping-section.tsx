import { Container, Heading, Text } from "@medusajs/ui"
import { formatQuoteAddress } from "../../../shared/quote-address"
import type { QuoteDetail } from "../../hooks/quotes"
import { formatMoney } from "../../lib/format"

/**
 * Where the quote ships and how: the address copied from the customer (the
 * buyer may pick another of theirs before accepting), the shipping method and
 * the freight. Tax on the page is computed for this address.
 */
export const QuoteShippingSection = ({ quote }: { quote: QuoteDetail }) => {
  const lines = formatQuoteAddress(quote.shipping_address)
  return (
    <Container className="divide-y p-0" aria-labelledby="quote-shipping-title">
      <div className="px-6 py-4">
        <Heading level="h2" id="quote-shipping-title">
          Shipping
        </Heading>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small" weight="plus">
          Ships to
        </Text>
        {lines.length ? (
          <Text size="small" className="text-ui-fg-subtle" asChild>
            <address className="not-italic" data-testid="quote-shipping-address">
              {lines.map((line, index) => (
                <span key={index} className="block">
                  {line}
                </span>
              ))}
            </address>
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-error">
            No shipping address: edit the quote and choose one of the customer&apos;s addresses
            before sending it.
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small" weight="plus">
          Method
        </Text>
        <Text size="small" className="text-ui-fg-subtle" data-testid="quote-shipping-method">
          {quote.shipping_amount == null
            ? "No shipping charged"
            : `${quote.shipping_method_name ?? "Freight"} · ${formatMoney(
                quote.shipping_amount,
                quote.currency_code
              )}`}
        </Text>
      </div>
    </Container>
  )
}
