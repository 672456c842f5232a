import { can } from "@shared/permissions"
import { useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { Link, useParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { useT } from "../../lib/i18n"
import { invoiceLabel } from "../../lib/labels"
import { formatDate } from "../../lib/format"
import { accessOf } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { InvoiceItem } from "../../components/InvoiceItem"
import { invoiceKeys, memberInvoiceApi, useInvoice } from "../../lib/data/invoices"
import { useMe } from "../../lib/data/me"
import { orderKeys } from "../../lib/data/orders"

/**
 * `/account/invoices/:id`: the invoice, its order and quote, the PDF, paying
 * it with the region's provider (the quote page's component, over the member
 * routes) and, once paid, the receipt: paid date and the PDF marked paid.
 */
export function InvoicePage() {
  const t = useT("invoices")
  const tc = useT("common")
  const { id = "" } = useParams()
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const query = useInvoice(id)
  const mayPay = useMemo(() => !!me && can(accessOf(me), "invoices.pay"), [me])
  const invoice = query.data?.invoice
  useTitle(invoice ? tc("invoice.label", { number: invoice.number }) : t("invoice.title"))

  return (
    <RecordStates
      query={query}
      texts={{ loading: t("invoice.loading"), not_found: t("invoice.not_found") }}
      back={{ to: "/account/invoices", label: t("invoice.back") }}
    >
      {({ invoice: shown }) => (
        <section className="card" aria-labelledby="invoice-title">
          <h1 id="invoice-title">{invoiceLabel(tc, shown)}</h1>
          <dl className="facts">
            <div>
              <dt>{t("invoice.due")}</dt>
              <dd>{shown.due_at ? formatDate(shown.due_at) : t("invoice.on_receipt")}</dd>
            </div>
            <div>
              <dt>{t("invoice.order")}</dt>
              <dd>
                {shown.order ? (
                  <Link to={`/account/orders/${shown.order.id}`}>
                    {t("invoice.order_link", { number: shown.order.display_id })}
                  </Link>
                ) : (
                  t("invoice.no_order")
                )}
              </dd>
            </div>
            <div>
              <dt>{t("invoice.quote")}</dt>
              <dd>
                {shown.quote ? (
                  <Link to={`/account/quotes/${shown.quote.id}`}>
                    {t("invoice.quote_link", { number: shown.quote.number })}
                  </Link>
                ) : (
                  t("invoice.no_quote")
                )}
              </dd>
            </div>
          </dl>
          {shown.status === "paid" && (
            <p className="status-card success" role="status" data-testid="receipt">
              {shown.paid_at
                ? t("invoice.receipt_on", { date: formatDate(shown.paid_at) })
                : t("invoice.receipt")}
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
