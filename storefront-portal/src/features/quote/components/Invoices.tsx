import type { StorePortalQuoteInvoice } from "@shared/http/invoices"
import { useCallback, useEffect, useMemo, useState } from "react"
import { InvoiceItem } from "../../../components/InvoiceItem"
import { describeError } from "../../../lib/api"
import type { InvoiceApi } from "../../../lib/data/invoices"
import { useT } from "../../../lib/i18n"
import { useQuote } from "../quote-context"

export function Invoices() {
  const { api } = useQuote()
  const tc = useT("common")
  const [invoices, setInvoices] = useState<StorePortalQuoteInvoice[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setInvoices((await api.invoices()).invoices)
      setError(null)
    } catch (caught) {
      setError(describeError(tc, caught))
    }
  }, [api, tc])

  useEffect(() => {
    void load()
  }, [load])

  if (error) {
    return (
      <section className="card" aria-labelledby="invoices-title">
        <h2 id="invoices-title">{tc("sections.invoices")}</h2>
        <p className="error" role="alert">
          {error}
        </p>
        <button type="button" className="button" onClick={load}>
          {tc("status.try_again")}
        </button>
      </section>
    )
  }
  if (!invoices?.length) return null
  return (
    <section className="card" aria-labelledby="invoices-title">
      <h2 id="invoices-title">{tc("sections.invoices")}</h2>
      <ul className="invoices">
        {invoices.map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} onChange={load} />
        ))}
      </ul>
    </section>
  )
}

function InvoiceRow({
  invoice,
  onChange,
}: {
  invoice: StorePortalQuoteInvoice
  onChange: () => Promise<void>
}) {
  const { api, may } = useQuote()
  const invoiceApi = useMemo<InvoiceApi>(
    () => ({
      ...api,
      current: async (id) => (await api.invoices()).invoices.find((i) => i.id === id),
    }),
    [api]
  )
  return (
    <li className="invoice">
      <InvoiceItem invoice={invoice} api={invoiceApi} mayPay={may.pay} onChange={onChange} />
    </li>
  )
}
