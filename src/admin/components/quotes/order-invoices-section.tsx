import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Text, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { statusLabel } from "../../../shared/labels"
import { downloadInvoicePdf, useIssueBalanceInvoice, useQuoteInvoices } from "../../hooks/invoices"
import { type QuoteDetail } from "../../hooks/quotes"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatMoney } from "../../lib/format"
import { OrderPaymentFacts } from "../billing/order-payment-facts"

const INVOICE_COLOR = { paid: "green", unpaid: "orange", overdue: "red", void: "grey" } as const
const KIND_LABEL = { deposit: "Deposit", balance: "Balance", final: "Final" } as const

/** The Medusa order the accepted quote became, what is paid on it, and its invoices. */
export const OrderInvoicesSection = ({ quote }: { quote: QuoteDetail }) => {
  const invoices = useQuoteInvoices(quote.id, { enabled: !!quote.order })
  const issueBalance = useIssueBalanceInvoice(quote.id, quote.order?.id ?? "")
  if (!quote.order) return null
  const hasBalance = invoices.data?.some(
    (invoice) => invoice.kind === "balance" && invoice.status !== "void"
  )

  const issue = () =>
    issueBalance.mutate(undefined, {
      onSuccess: ({ invoice }) => toast.success(`Balance invoice ${invoice.number} issued`),
      onError: (error) =>
        toast.error("The balance invoice could not be issued", {
          description: errorMessage(error),
        }),
    })
  const download = (invoice: { id: string; number?: string }) =>
    downloadInvoicePdf(invoice).catch((error) =>
      toast.error("The invoice PDF could not be downloaded", { description: errorMessage(error) })
    )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Order</Heading>
      </div>
      <div className="flex items-center justify-between px-6 py-4">
        <Link className="txt-small text-ui-fg-interactive" to={`/orders/${quote.order.id}`}>
          Order #{quote.order.display_id}
        </Link>
        <Badge size="2xsmall">{statusLabel(quote.order.status)}</Badge>
      </div>
      <div className="px-6 py-4">
        <OrderPaymentFacts orderId={quote.order.id} />
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus">
            Invoices
          </Text>
          {invoices.isSuccess && !hasBalance && (
            <Button
              size="small"
              variant="secondary"
              isLoading={issueBalance.isPending}
              onClick={issue}
            >
              Issue balance invoice
            </Button>
          )}
        </div>
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
                    {invoice.number} · {KIND_LABEL[invoice.kind]}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatMoney(invoice.amount, invoice.currency_code)} · due{" "}
                    {formatDate(invoice.due_at)}
                  </Text>
                </div>
                <div className="flex items-center gap-x-2">
                  <Badge size="2xsmall" color={INVOICE_COLOR[invoice.status]}>
                    {statusLabel(invoice.status)}
                  </Badge>
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Download ${invoice.number} as PDF`}
                    onClick={() => download(invoice)}
                  >
                    <ArrowDownTray />
                  </IconButton>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}
