import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  parallelize,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatQuoteNumber } from "../../../modules/quote/status"
import type { Access } from "../../../shared/permissions"
import { acceptQuoteCore } from "../utils/accept-core"
import { prepareQuoteOrder } from "../utils/create-order-from-quote"
import { lockQuoteForBuyer } from "../utils/lock-quote"
import { crashPointStep } from "../steps/crash-point"
import { AGREEMENT_EVENTS } from "../../agreement/utils/events"
import { assertQuoteNeedsSignatureStep } from "../../agreement/steps/assert-quote-needs-signature"
import { createSignedAgreementStep } from "../../agreement/steps/create-signed-agreement"
import { freezeAgreementDocumentStep } from "../../agreement/steps/freeze-agreement-document"
import { loadAgreementPartiesStep } from "../../agreement/steps/load-agreement-parties"
import { awaitSignedPdfStep, startSignedPdfStep } from "../../agreement/steps/render-signed-pdf"
import { storeFileStep } from "../../shared/steps/store-file"
import { untrackPrivateFilesStep } from "../../shared/steps/untrack-private-files"
import { validateSignatureStep } from "../../agreement/steps/validate-signature"
import { consentText } from "../../../modules/agreement/build-document"

export type SignQuoteAgreementWorkflowInput = {
  quote_id: string
  selected_item_ids: string[]
  /** Another of the customer's addresses, when the signer ships elsewhere. */
  shipping_address_id?: string
  signer_name: string
  signer_email: string
  /** PNG data URL of the drawn signature. */
  signature: string
  /** The merchant's consent sentence; null: the default one, in the quote's language. */
  consent_text: string | null
  ip: string | null
  user_agent: string | null
  /**
   * The link holder (identified by the link) or the logged-in contact
   * (identified by their login, whose customer id the evidence keeps).
   */
  access: Access
}

/** How the signer was identified, for the evidence: the link, or their login as this customer. */
function signerIdentity(access: Access) {
  return access.kind === "member"
    ? { identified_by: "login" as const, customer_id: access.customer_id }
    : { identified_by: "link" as const, customer_id: null }
}

/**
 * The buyer signs the quote's agreement, all or nothing: the signature image
 * and the signed PDF are stored, what was signed is recorded with both hashes,
 * the quote is accepted and frozen, the order is created, and a deposit
 * invoice is raised when the quote asks for one. Emails follow from the
 * events, after this has committed.
 */
export const signQuoteAgreementWorkflow = createWorkflow(
  "portal-sign-quote-agreement",
  (input: SignQuoteAgreementWorkflowInput) => {
    const { lockKey, quote } = lockQuoteForBuyer(input, "when-changed")
    assertQuoteNeedsSignatureStep({ quote })
    // The drawn image is checked while the parties are read.
    const [signature, parties] = parallelize(
      validateSignatureStep(transform({ input }, ({ input }) => ({ data_url: input.signature }))),
      loadAgreementPartiesStep({ quote })
    )
    const signedAt = transform({ input }, () => new Date())
    const signer = transform({ input }, ({ input }) => signerIdentity(input.access))

    const frozen = freezeAgreementDocumentStep(
      transform({ quote, parties, input, signedAt }, ({ quote, parties, input, signedAt }) => ({
        quote: {
          id: quote.id,
          number: formatQuoteNumber(quote.display_number),
          currency_code: quote.currency_code,
          valid_until: quote.valid_until,
          shipping_amount: quote.shipping_amount,
          shipping_method_name: quote.shipping_method_name,
          shipping_tax_lines: quote.shipping_tax_lines,
          shipping_adjustments: quote.shipping_adjustments,
          deposit_percent: quote.deposit_percent,
          deposit_amount: quote.deposit_amount as number | null,
          items: (quote.items ?? [])
            .filter((item) => !!item)
            .map((item) => ({
              id: item!.id,
              title: item!.title,
              description: item!.description,
              quantity: item!.quantity,
              unit_price: item!.unit_price as unknown as number,
              discount_percent: item!.discount_percent,
              tax_lines: item!.tax_lines,
              adjustments: item!.adjustments,
              is_optional: item!.is_optional,
              is_selected: item!.is_selected,
              position: item!.position,
            })),
        },
        parties,
        signer: { name: input.signer_name, email: input.signer_email },
        selected_item_ids: input.selected_item_ids,
        consent_text: input.consent_text ?? consentText(parties.locale),
        signed_at: signedAt,
      }))
    )

    // The PDF renders off the server's thread while the signature image is stored and the
    // order's prices and variants are read (docs/ARCHITECTURE.md, "Accept core").
    const pdfJob = startSignedPdfStep(
      transform(
        { input, frozen, signature, signedAt, signer },
        ({ input, frozen, signature, signedAt, signer }) => ({
          quote_id: input.quote_id,
          document: frozen.document,
          document_sha256: frozen.document_sha256,
          signature,
          signer_name: input.signer_name,
          signer_email: input.signer_email,
          signed_at: signedAt,
          ip: input.ip,
          user_agent: input.user_agent,
          identified_by: signer.identified_by,
          signer_customer_id: signer.customer_id,
        })
      )
    )
    // Both files are tracked until the quote has its order, so that the
    // reconciler finds them if this process dies (docs/ARCHITECTURE.md, "Crash safety").
    const signatureFile = storeFileStep(
      transform({ signature, input }, ({ signature, input }) => ({
        mime_type: "image/png",
        content: signature.base64,
        track: { purpose: "agreement_signature" as const, quote_id: input.quote_id },
      }))
    ).config({ name: "portal-store-signature-image" })
    const preparedOrder = prepareQuoteOrder(quote, input)
    const pdf = awaitSignedPdfStep(pdfJob)
    const pdfFile = storeFileStep(
      transform({ pdf, input }, ({ pdf, input }) => ({
        mime_type: "application/pdf",
        content: pdf.base64,
        track: { purpose: "agreement_pdf" as const, quote_id: input.quote_id },
      }))
    ).config({ name: "portal-store-signed-pdf" })

    const signed = createSignedAgreementStep(
      transform(
        { input, frozen, parties, signatureFile, pdfFile, signedAt, signer },
        ({ input, frozen, parties, signatureFile, pdfFile, signedAt, signer }) => ({
          quote_id: input.quote_id,
          template_id: parties.template!.id,
          template_version: parties.template!.version,
          template_language: parties.template!.language,
          document: frozen.document as unknown as Record<string, unknown>,
          document_sha256: frozen.document_sha256,
          pdf_sha256: pdfFile.sha256,
          pdf_file_id: pdfFile.id,
          signature_file_id: signatureFile.id,
          signature_sha256: signatureFile.sha256,
          signer_name: input.signer_name,
          signer_email: input.signer_email,
          signed_at: signedAt,
          ip: input.ip,
          user_agent: input.user_agent,
          consent_text: frozen.document.consent_text,
          identified_by: signer.identified_by,
          signer_customer_id: signer.customer_id,
          selected_item_ids: frozen.document.selected_item_ids,
          totals: frozen.totals as unknown as Record<string, unknown>,
        })
      )
    )

    crashPointStep({ name: "sign:after-files" }).config({
      name: "portal-crash-point-sign-after-files",
    })

    const { order, invoices } = acceptQuoteCore(
      quote,
      input,
      transform({ signed, signedAt, input, signer }, ({ signed, signedAt, input, signer }) => ({
        accepted_at: signedAt,
        event: {
          signed_agreement_id: signed.id,
          signer_name: input.signer_name,
          signer_email: input.signer_email,
          identified_by: signer.identified_by,
        },
      })),
      preparedOrder
    )

    untrackPrivateFilesStep(
      transform({ signatureFile, pdfFile }, ({ signatureFile, pdfFile }) => ({
        file_ids: [signatureFile.id, pdfFile.id],
      }))
    )

    emitEventStep({
      eventName: AGREEMENT_EVENTS.SIGNED,
      data: transform({ input, signed, order }, ({ input, signed, order }) => ({
        id: signed.id,
        quote_id: input.quote_id,
        order_id: order.id,
      })),
    }).config({ name: "portal-emit-agreement-signed" })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ input, order, signed, invoices }, ({ input, order, signed, invoices }) => ({
        quote_id: input.quote_id,
        order_id: order.id,
        order_display_id: order.display_id as number,
        signed_agreement_id: signed.id,
        invoice_id: invoices.deposit_invoice_id,
      }))
    )
  }
)
