import type { QuoteShippingAddress } from "../../shared/quote-address"

/**
 * Who an invoice is made out to, copied onto it when it is issued
 * (docs/ARCHITECTURE.md, "Money"): the PDF prints this copy, so renaming the
 * company or the contact later never changes an issued or paid invoice.
 */
export type InvoiceBillTo = {
  /** The contact: the order's customer's name, else their email. */
  name: string
  /** The portal company the order was placed for, else the customer's company name. */
  company: string | null
  email: string
  /** The order's billing address (else its shipping address), as it stood. */
  address: QuoteShippingAddress | null
}
