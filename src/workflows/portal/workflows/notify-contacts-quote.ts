import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { type ContactEmail, emailCompanyContacts } from "../utils/email-company-contacts"

export const CONTACT_QUOTE_SENT_TEMPLATE = "portal-contact-quote-sent"
export const CONTACT_QUOTE_REPLY_TEMPLATE = "portal-contact-quote-reply"

function loadContactQuote(quoteId: string, name: string) {
  const { data } = useQueryGraphStep({
    entity: "portal_quote",
    fields: ["id", "status", "display_number", "company_id", "customer_id", "valid_until"],
    filters: { id: quoteId },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name })
  return data
}

/**
 * A quote was sent to a company: its contacts who may see quotes hear of it,
 * with a link to the quote in the portal. The quote's own customer is left
 * out: they got the link email, which opens the quote with or without a login
 * (docs/ARCHITECTURE.md, "Contact emails").
 */
export const notifyContactsQuoteSentWorkflow = createWorkflow(
  "portal-notify-contacts-quote-sent",
  (input: { quote_id: string }) => {
    const quote = loadContactQuote(input.quote_id, "portal-load-sent-quote")
    const email = transform({ quote }, ({ quote }): ContactEmail => {
      const number = formatQuoteNumber(quote.display_number)
      return {
        company_id: quote.company_id,
        kind: "quotes",
        template: CONTACT_QUOTE_SENT_TEMPLATE,
        subject: { key: "quote_sent.subject", values: { number } },
        lines: [
          [
            { key: "quote_sent.line", values: { number } },
            ...(quote.valid_until
              ? [
                  {
                    key: "quote_sent.valid_until" as const,
                    values: { date: { date: quote.valid_until as unknown as string } },
                  },
                ]
              : []),
          ],
        ],
        path: PORTAL_ACCOUNT_PATHS.quote(quote.id),
        data: { quote_id: quote.id, quote_number: number },
        exclude_customer_ids: [quote.customer_id],
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)

/**
 * Staff replied in a quote's thread: the company's contacts who may see quotes
 * hear of it. Not while the quote is a draft: contacts cannot see drafts (the
 * merchant's own, docs/ARCHITECTURE.md "Routes and guards"), so a note on one
 * tells nobody its number or link.
 */
export const notifyContactsQuoteReplyWorkflow = createWorkflow(
  "portal-notify-contacts-quote-reply",
  (input: { quote_id: string; message_id: string }) => {
    const quote = loadContactQuote(input.quote_id, "portal-load-replied-quote")
    const email = transform({ quote, input }, ({ quote, input }): ContactEmail => {
      const number = formatQuoteNumber(quote.display_number)
      return {
        company_id: quote.status === "draft" ? null : quote.company_id,
        kind: "messages",
        template: CONTACT_QUOTE_REPLY_TEMPLATE,
        subject: { key: "quote_reply.subject", values: { number } },
        lines: [{ key: "quote_reply.line", values: { number } }],
        path: PORTAL_ACCOUNT_PATHS.quote(quote.id),
        data: { quote_id: quote.id, quote_number: number, message_id: input.message_id },
        occurrence: input.message_id,
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
