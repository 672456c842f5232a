import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type { AgreementDocument } from "../../../modules/agreement/document"
import type AgreementModuleService from "../../../modules/agreement/service"
import { renderEmail } from "../../../lib/email/layout"
import { translator } from "../../../lib/i18n"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { quoteLanguage } from "../../shared/utils/contact-language"
import { loadEmailBranding } from "../../shared/utils/email-branding"

export const SIGNED_AGREEMENT_EMAIL_TEMPLATE = "portal-agreement-signed"

/** The signer's confirmation, with the signed PDF attached. */
export const sendSignedAgreementEmailStep = createStep(
  "portal-send-signed-agreement-email",
  async ({ signed_agreement_id }: { signed_agreement_id: string }, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const signed = await agreements.retrievePortalSignedAgreement(signed_agreement_id)
    const document = signed.document as unknown as AgreementDocument
    const pdf = await container.resolve(Modules.FILE).getAsBuffer(signed.pdf_file_id)
    const number = document.quote.number
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const [branding, [quote]] = await Promise.all([
      loadEmailBranding(container),
      quotes.listPortalQuotes(
        { id: signed.quote_id },
        { select: ["id", "language", "company_id"] }
      ),
    ])
    const language = await quoteLanguage(container, quote ?? {})
    const t = translator(language, "email")
    const agreement = document.agreement.name
    const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: signed.signer_email,
        channel: "email",
        template: SIGNED_AGREEMENT_EMAIL_TEMPLATE,
        // One confirmation per signature, even if the event is delivered twice.
        idempotency_key: `portal-agreement-signed-${signed.id}`,
        content: renderEmail(
          branding,
          {
            subject: t("signed.subject", { agreement, number }),
            greeting: t("signed.thanks", { name: signed.signer_name }),
            paragraphs: [t("signed.attached", { agreement, number, total: document.totals.total })],
            footer: [t("signed.hash", { hash: signed.document_sha256 })],
          },
          language
        ),
        attachments: [
          {
            content: pdf.toString("base64"),
            filename: `${number}-signed-agreement.pdf`,
            content_type: "application/pdf",
            disposition: "attachment",
          },
        ],
        data: {
          quote_number: number,
          signer_name: signed.signer_name,
          total: document.totals.total,
          deposit_due: document.totals.deposit_due,
          document_sha256: signed.document_sha256,
        },
      },
    ])
    return new StepResponse(notification ?? null)
  }
)
