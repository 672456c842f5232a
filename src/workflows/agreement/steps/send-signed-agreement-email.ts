import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type { AgreementDocument } from "../../../modules/agreement/document"
import type AgreementModuleService from "../../../modules/agreement/service"
import { renderEmail } from "../../../lib/email/layout"
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
    const branding = await loadEmailBranding(container)
    const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: signed.signer_email,
        channel: "email",
        template: SIGNED_AGREEMENT_EMAIL_TEMPLATE,
        // One confirmation per signature, even if the event is delivered twice.
        idempotency_key: `portal-agreement-signed-${signed.id}`,
        content: renderEmail(branding, {
          subject: `Signed: ${document.agreement.name} for quote ${number}`,
          greeting: `Thank you, ${signed.signer_name}.`,
          paragraphs: [
            `Your signed ${document.agreement.name} for quote ${number} (total ${document.totals.total}) is attached as a PDF. Keep it for your records.`,
          ],
          footer: [`Document SHA-256: ${signed.document_sha256}`],
        }),
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
