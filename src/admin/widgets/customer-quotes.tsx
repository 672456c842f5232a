import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { SectionError, SectionLoading } from "../components/common/section-state"
import { createQuotePath, quotePath, quotesPath } from "../components/quotes/paths"
import { QuoteStatusBadge } from "../components/quotes/quote-status-badge"
import { useQuotes } from "../hooks/quotes"
import { formatDate, formatMoney } from "../lib/format"

const SHOWN = 5

/** The customer's latest quotes, and a shortcut to quote them something new. */
const CustomerQuotesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const { data, isPending, isError, error, refetch } = useQuotes({
    limit: SHOWN,
    offset: 0,
    customer_id: customer.id,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Quotes</Heading>
          {data && data.count > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {data.count === 1 ? "1 quote" : `${data.count} quotes`}
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={createQuotePath(customer.id)}>
            <Plus />
            New quote
          </Link>
        </Button>
      </div>
      {isPending ? (
        <SectionLoading />
      ) : isError ? (
        <SectionError what="The quotes" error={error} onRetry={refetch} />
      ) : data.quotes.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No quotes for this customer yet.
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Quote</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Valid until</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.quotes.map((quote) => (
                <Table.Row
                  key={quote.id}
                  className="cursor-pointer"
                  onClick={() => navigate(quotePath(quote.id))}
                >
                  <Table.Cell>
                    <Link
                      to={quotePath(quote.id)}
                      className="text-ui-fg-interactive"
                      onClick={(event) => event.stopPropagation()}
                    >
                      {quote.number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <QuoteStatusBadge status={quote.status} />
                  </Table.Cell>
                  <Table.Cell>{formatDate(quote.valid_until)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(quote.totals?.total, quote.currency_code)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data.count > SHOWN && (
            <div className="px-6 py-3">
              <Link
                className="txt-small text-ui-fg-interactive"
                to={`${quotesPath}?customer_id=${encodeURIComponent(customer.id)}`}
              >
                See all {data.count} quotes
              </Link>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerQuotesWidget
