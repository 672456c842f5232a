import type { StorePortalQuoteInvoice } from "@shared/http/invoices"
import { Link } from "react-router"
import { SectionList } from "../../app/ListStates"
import { useInvoices } from "../../lib/data/invoices"
import { formatDate, formatMoney } from "../../lib/format"
import { INVOICE_STATUS_LABEL, invoiceLabel } from "../../lib/labels"

const FILTERS: Record<string, { label: string; status?: StorePortalQuoteInvoice["status"][] }> = {
  all: { label: "All invoices" },
  due: { label: "To pay (unpaid or overdue)", status: ["unpaid", "overdue"] },
  overdue: { label: "Overdue", status: ["overdue"] },
  paid: { label: "Paid", status: ["paid"] },
}

/** `/account/invoices`: the active company's invoices, newest first, with status and due date. */
export function InvoicesPage() {
  return (
    <SectionList
      section="Invoices"
      filters={FILTERS}
      useRows={useInvoices}
      rowsOf={(page) => page.invoices}
      row={(invoice) => (
        <>
          <Link className="record-title" to={`/account/invoices/${invoice.id}`}>
            {invoiceLabel(invoice)}
          </Link>
          <span className={`badge status-${invoice.status}`}>
            {INVOICE_STATUS_LABEL[invoice.status]}
          </span>
          <span className="record-amount">
            {formatMoney(invoice.amount, invoice.currency_code)}
          </span>
          <span className="hint">
            {invoice.status === "paid" && invoice.paid_at
              ? `Paid ${formatDate(invoice.paid_at)}`
              : invoice.due_at
                ? `Due ${formatDate(invoice.due_at)}`
                : "Due on receipt"}
            {invoice.order ? ` · Order #${invoice.order.display_id}` : ""}
            {invoice.quote ? ` · Quote ${invoice.quote.number}` : ""}
          </span>
        </>
      )}
    />
  )
}
