import { can } from "@shared/permissions"
import { useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { Link, useParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { formatDate } from "../../lib/format"
import { accessOf } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { InvoiceItem } from "../../components/InvoiceItem"
import { invoiceKeys, memberInvoiceApi, useInvoice } from "../../lib/data/invoices"
import { useMe } from "../../lib/data/me"
import { orderKeys } from "../../lib/data/orders"

const BACK = { to: "/account/invoices", label: "← All invoices" }

/**
 * `/account/invoices/:id`: the invoice, its order and quote, the PDF, paying
 * it with the region's provider (the quote page's component, over the member
 * routes) and, once paid, the receipt: paid date and the PDF marked paid.
 */
export function InvoicePage() {
  const { id = "" } = useParams()
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const query = useInvoice(id)
  const mayPay = useMemo(() => !!me && can(accessOf(me), "invoices.pay"), [me])
  const invoice = query.data?.invoice
  useTitle(invoice ? `Invoice ${invoice.number}` : "Invoice")

  return (
    <RecordStates query={query} what="invoice" back={BACK}>
      {({ invoice: shown }) => (
        <section className="card" aria-labelledby="invoice-title">
          <h1 id="invoice-title">
            {shown.kind === "deposit" ? "Deposit invoice" : "Invoice"} {shown.number}
          </h1>
          <dl className="facts">
            <div>
              <dt>Due</dt>
              <dd>{shown.due_at ? formatDate(shown.due_at) : "On receipt"}</dd>
            </div>
            <div>
              <dt>Order</dt>
              <dd>
                {shown.order ? (
                  <Link to={`/account/orders/${shown.order.id}`}>
                    Order #{shown.order.display_id}
                  </Link>
                ) : (
                  "None"
                )}
              </dd>
            </div>
            <div>
              <dt>Quote</dt>
              <dd>
                {shown.quote ? (
                  <Link to={`/account/quotes/${shown.quote.id}`}>Quote {shown.quote.number}</Link>
                ) : (
                  "None"
                )}
              </dd>
            </div>
          </dl>
          {shown.status === "paid" && (
            <p className="status-card success" role="status" data-testid="receipt">
              Payment received{shown.paid_at ? ` on ${formatDate(shown.paid_at)}` : ""}. The PDF is
              your receipt.
            </p>
          )}
          <InvoiceItem
            invoice={shown}
            api={memberInvoiceApi}
            mayPay={mayPay}
            onChange={async () => {
              await query.refetch()
              // The lists and the dashboard counted it as unpaid.
              await queryClient.invalidateQueries({ queryKey: invoiceKeys.all })
              await queryClient.invalidateQueries({ queryKey: orderKeys.details() })
            }}
          />
        </section>
      )}
    </RecordStates>
  )
}
