import { formatInvoiceNumber } from "../../../modules/billing/status"
import type { QuoteEventData } from "../../shared/steps/record-quote-event"

type TimelineInvoice = {
  id: string
  display_number: number | string
  kind: string
  amount: unknown
  currency_code: string
  quote_id?: string | null
}

/**
 * The quote timeline entry for an invoice issued or paid: none when the
 * invoice belongs to no quote. Issued and paid are recorded by the system,
 * whoever triggered them.
 */
export function invoiceTimelineEntries(
  invoice: TimelineInvoice,
  type: "invoice_issued" | "invoice_paid",
  data: Record<string, unknown> = {}
): QuoteEventData[] {
  if (!invoice.quote_id) return []
  return [
    {
      quote_id: invoice.quote_id,
      type,
      actor_type: "system",
      data: {
        invoice_id: invoice.id,
        number: formatInvoiceNumber(invoice.display_number),
        kind: invoice.kind,
        amount: Number(invoice.amount),
        currency_code: invoice.currency_code,
        ...data,
      },
    },
  ]
}
