import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markAgreementTemplateInUseStep } from "../agreement/steps/mark-agreement-template-in-use"
import { formatQuoteNumber } from "../../modules/quote/status"
import { linkExpiresAt } from "../../modules/quote/tokens"
import { loadPortalSettingsStep } from "../portal/steps/load-portal-settings"
import { QUOTE_EVENTS } from "./events"
import { loadQuote } from "./load-quote"
import { issueQuoteLinkStep, revokeQuoteLinksStep } from "./steps/quote-links"
import { recordQuoteEventStep } from "./steps/record-quote-event"
import { sendQuoteLinkEmailStep } from "./steps/send-quote-link-email"
import { transitionQuoteStep } from "./steps/transition-quote"
import { assertQuoteSendableStep } from "./steps/validate-quote"

const DAY_MS = 24 * 60 * 60 * 1000

export type SendQuoteWorkflowInput = { quote_id: string; actor_id?: string }

/**
 * Sends (or re-sends) a quote: any earlier link stops working, a new one is
 * issued that expires with the quote, and the buyer is emailed the link.
 */
export const sendQuoteWorkflow = createWorkflow(
  "portal-send-quote",
  (input: SendQuoteWorkflowInput) => {
    const quote = loadQuote(input.quote_id)
    assertQuoteSendableStep({ quote })

    const settings = loadPortalSettingsStep()
    // A quote sent without a validity gets the merchant's default number of days.
    const validUntil = transform({ quote, settings }, ({ quote, settings }) =>
      quote.valid_until
        ? new Date(quote.valid_until)
        : new Date(Date.now() + settings.default_validity_days * DAY_MS)
    )

    revokeQuoteLinksStep({ quote_id: input.quote_id })
    const link = issueQuoteLinkStep(
      transform({ input, validUntil }, ({ input, validUntil }) => ({
        quote_id: input.quote_id,
        expires_at: linkExpiresAt(validUntil),
      }))
    )
    transitionQuoteStep(
      transform({ quote, validUntil }, ({ quote, validUntil }) => ({
        quote,
        to: "sent" as const,
        data: { sent_at: new Date(), valid_until: validUntil },
      }))
    )
    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          type: "sent" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
        },
      ])
    )
    sendQuoteLinkEmailStep(
      transform({ quote, link, validUntil }, ({ quote, link, validUntil }) => ({
        to: quote.customer_email,
        quote_number: formatQuoteNumber(quote.display_number),
        url: link.url,
        valid_until: validUntil,
      }))
    )
    // The quote keeps the agreement version it was sent with; later edits make a new version.
    when(
      "portal-freeze-sent-agreement",
      { quote },
      ({ quote }) => !!quote.agreement_template_id
    ).then(() => {
      markAgreementTemplateInUseStep(
        transform({ quote }, ({ quote }) => ({ template_id: quote.agreement_template_id! }))
      )
    })
    emitEventStep({ eventName: QUOTE_EVENTS.SENT, data: { id: input.quote_id } })

    return new WorkflowResponse({
      quote_id: input.quote_id,
      link: transform({ link }, ({ link }) => ({ url: link.url, expires_at: link.expires_at })),
    })
  }
)
