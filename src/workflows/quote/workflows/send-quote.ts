import type { MedusaContainer } from "@medusajs/framework/types"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markAgreementTemplateInUseStep } from "../../agreement/steps/mark-agreement-template-in-use"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { portalUrl } from "../../shared/utils/urls"
import { linkExpiresAt, mintLinkToken } from "../../../modules/quote/tokens"
import { loadPortalSettingsStep } from "../../portal/steps/load-portal-settings"
import { QUOTE_EVENTS } from "../utils/events"
import { emailQuoteLink } from "../utils/email-quote-link"
import { lockQuote } from "../utils/lock-quote"
import { issueQuoteLinkStep, revokeQuoteLinksStep } from "../steps/quote-links"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { transitionQuoteStep } from "../steps/transition-quote"
import { assertQuoteSendableStep } from "../steps/validate-quote"

const DAY_MS = 24 * 60 * 60 * 1000

export type SendQuoteWorkflowInput = { quote_id: string; token_hash: string; actor_id?: string }

/**
 * Sends (or re-sends) a quote under its lock: any earlier link stops working
 * and a new one is stored by its token's hash, expiring with the quote.
 * Concurrent sends queue, so exactly one link is live afterwards. Use
 * `sendQuote`, which mints the token and emails it.
 */
export const sendQuoteWorkflow = createWorkflow(
  "portal-send-quote",
  (input: SendQuoteWorkflowInput) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
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
        token_hash: input.token_hash,
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
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse({
      quote_id: input.quote_id,
      link,
      email: transform({ quote, validUntil }, ({ quote, validUntil }) => ({
        to: quote.customer_email,
        quote_number: formatQuoteNumber(quote.display_number),
        valid_until: validUntil,
        language: (quote as { language?: string | null }).language ?? null,
        company_id: quote.company_id ?? null,
      })),
    })
  }
)

export type SentQuote = {
  quote_id: string
  /** The only place besides the buyer's email where the raw token appears. */
  link: { url: string; expires_at: Date }
  email_sent: boolean
}

/**
 * Sends a quote: mints the link token here, outside the workflow, because the
 * workflow engine may persist workflow inputs and step outputs (the
 * `workflow_execution` table, Redis); only the token's hash enters
 * `sendQuoteWorkflow`. The token then travels in the email's content and in
 * the result, for the admin to copy (docs/ARCHITECTURE.md, "Security rules").
 */
export async function sendQuote(
  container: MedusaContainer,
  input: Omit<SendQuoteWorkflowInput, "token_hash">
): Promise<SentQuote> {
  const { token, token_hash } = mintLinkToken()
  const { result } = await sendQuoteWorkflow(container).run({ input: { ...input, token_hash } })
  const url = portalUrl(container, `/q/${token}`)
  const email_sent = await emailQuoteLink(container, { ...result.email, url })
  return {
    quote_id: result.quote_id,
    link: { url, expires_at: result.link.expires_at },
    email_sent,
  }
}
