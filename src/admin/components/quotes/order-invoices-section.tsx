import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { errorMessage, type QuoteDetail, useQuoteInvoices } from "../../hooks/quotes"
import { formatDate, formatMoney } from "./format"

const INVOICE_COLOR = { paid: "green", unpaid: "orange", overdue: "red", void: "grey" } as const

/** The Medusa order the accepted quote became, and the invoices raised for it. */
export const OrderInvoicesSection = ({ quote }: { quote: QuoteDetail }) => {
  const invoices = useQuoteInvoices(quote.id, { enabled: !!quote.order })
  if (!quote.order) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Order</Heading>
      </div>
      <div className="flex items-center justify-between px-6 py-4">
        <Link className="txt-small text-ui-fg-interactive" to={`/orders/${quote.order.id}`}>
          Order #{quote.order.display_id}
        </Link>
        <Badge size="2xsmall">{quote.order.status}</Badge>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Invoices
        </Text>
        {invoices.isPending ? (
          <Text size="small" className="text-ui-fg-muted">
            Loading invoices…
          </Text>
        ) : invoices.isError ? (
          <Text size="small" className="text-ui-fg-error">
            The invoices could not be loaded: {errorMessage(invoices.error)}
          </Text>
        ) : invoices.data.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No invoices for this quote.
          </Text>
        ) : (
          <ul className="flex flex-col gap-y-2">
            {invoices.data.map((invoice) => (
              <li key={invoice.id} className="flex items-center justify-between gap-x-2">
                <div className="flex flex-col">
                  <Text size="small">
                    {invoice.number} · {invoice.kind === "deposit" ? "Deposit" : "Final"}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatMoney(invoice.amount, invoice.currency_code)} · due{" "}
                    {formatDate(invoice.due_at)}
                  </Text>
                </div>
                <Badge size="2xsmall" color={INVOICE_COLOR[invoice.status]}>
                  {invoice.status}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}
