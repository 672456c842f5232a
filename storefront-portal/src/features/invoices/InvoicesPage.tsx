import type { StorePortalQuoteInvoice } from "@shared/http/invoices"
import { Link } from "react-router"
import { SectionList } from "../../app/ListStates"
import { useInvoices } from "../../lib/data/invoices"
import { formatDate, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { invoiceLabel, invoiceStatusLabel } from "../../lib/labels"

type Filters = Record<string, { label: string; status?: StorePortalQuoteInvoice["status"][] }>

/** `/account/invoices`: the active company's invoices, newest first, with status and due date. */
export function InvoicesPage() {
  const t = useT("invoices")
  const tc = useT("common")
  const filters: Filters = {
    all: { label: t("list.filters.all") },
    due: { label: t("list.filters.due"), status: ["unpaid", "overdue"] },
    overdue: { label: t("list.filters.overdue"), status: ["overdue"] },
    paid: { label: t("list.filters.paid"), status: ["paid"] },
  }
  return (
    <SectionList
      texts={{
        title: tc("sections.invoices"),
        heading: (company) => t("list.heading", { company }),
        loading: t("list.loading"),
        empty: t("list.empty"),
        no_match: t("list.no_match"),
      }}
      filters={filters}
      useRows={useInvoices}
      rowsOf={(page) => page.invoices}
      row={(invoice) => (
        <>
          <Link className="record-title" to={`/account/invoices/${invoice.id}`}>
            {invoiceLabel(tc, invoice)}
          </Link>
          <span className={`badge status-${invoice.status}`}>
            {invoiceStatusLabel(tc, invoice.status)}
          </span>
          <span className="record-amount">
            {formatMoney(invoice.amount, invoice.currency_code)}
          </span>
          <span className="hint">
            {[
              invoice.status === "paid" && invoice.paid_at
                ? t("list.paid", { date: formatDate(invoice.paid_at) })
                : invoice.due_at
                  ? t("list.due", { date: formatDate(invoice.due_at) })
                  : t("list.due_on_receipt"),
              invoice.order && t("list.order", { number: invoice.order.display_id }),
              invoice.quote && t("list.quote", { number: invoice.quote.number }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </>
      )}
    />
  )
}
