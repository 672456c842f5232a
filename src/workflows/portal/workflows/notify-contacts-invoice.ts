import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber } from "../../../modules/billing/status"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { type ContactEmail, emailCompanyContacts } from "../utils/email-company-contacts"

export const CONTACT_INVOICE_TEMPLATES = {
  issued: "portal-contact-invoice-issued",
  overdue: "portal-contact-invoice-overdue",
} as const

export type NotifyContactsInvoiceInput = {
  invoice_id: string
  happened: keyof typeof CONTACT_INVOICE_TEMPLATES
}

/**
 * An invoice was issued or became overdue: the contacts of the company of its
 * quote who may see invoices hear of it (docs/ARCHITECTURE.md, "Contact emails").
 */
export const notifyContactsInvoiceWorkflow = createWorkflow(
  "portal-notify-contacts-invoice",
  (input: NotifyContactsInvoiceInput) => {
    const { data: invoice } = useQueryGraphStep({
      entity: "portal_invoice",
      fields: ["id", "display_number", "kind", "amount", "currency_code", "due_at", "order_id"],
      filters: { id: input.invoice_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "portal-load-notified-invoice" })
    // The invoice's company is its order's quote's.
    const { data: quotes } = useQueryGraphStep({
      entity: "portal_quote",
      fields: ["id", "company_id"],
      filters: transform({ invoice }, ({ invoice }) => ({ order_id: invoice.order_id })),
    }).config({ name: "portal-load-invoice-quote" })

    const email = transform({ invoice, quotes, input }, ({ invoice, quotes, input }) => {
      const number = formatInvoiceNumber(invoice.display_number)
      const values = {
        number,
        amount: { money: invoice.amount as unknown as number, currency: invoice.currency_code },
        due: { date: invoice.due_at as unknown as string },
      }
      const deposit = invoice.kind === "deposit" ? "_deposit" : ""
      return {
        company_id: quotes[0]?.company_id,
        kind: "invoices",
        template: CONTACT_INVOICE_TEMPLATES[input.happened],
        subject: { key: `invoice.${input.happened}_subject`, values: { number } },
        lines: [{ key: `invoice.${input.happened}_line${deposit}`, values }],
        path: PORTAL_ACCOUNT_PATHS.invoice(invoice.id),
        data: { invoice_id: invoice.id, invoice_number: number, order_id: invoice.order_id },
        occurrence: invoice.id,
      } satisfies ContactEmail
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
