import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../modules/agreement"
import {
  buildAgreementDocument,
  consentText,
  portalLocale,
} from "../../modules/agreement/build-document"
import type { AgreementDocument } from "../../modules/agreement/document"
import type AgreementModuleService from "../../modules/agreement/service"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { agreementToHtml, agreementToText } from "../../modules/agreement/template"
import { QUOTE_WITH_ITEMS_FIELDS } from "../../modules/quote/fields"
import { formatQuoteNumber, requiresSignature } from "../../modules/quote/status"
import { loadAgreementParties } from "../../workflows/agreement/agreement-parties"

/**
 * The consent sentence the buyer is shown and agrees to by signing: the one
 * staff set in the portal settings, else the environment's or the default.
 * The page and the signing route both read it here, so what is recorded is
 * what was shown.
 */
export async function resolveConsentText(scope: MedusaContainer): Promise<string> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  return settings.consent_text ?? consentText()
}

/** The document for the buyer's current selection, as the PDF and the page show it. */
export async function buildCurrentDocument(
  scope: MedusaContainer,
  quoteId: string
): Promise<{ document: AgreementDocument; requires_signature: boolean }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: QUOTE_WITH_ITEMS_FIELDS,
    filters: { id: quoteId },
  })
  const quote = data[0]
  const items = (quote.items ?? []).filter((item) => !!item).map((item) => item!)
  const [parties, consent_text] = await Promise.all([
    loadAgreementParties(scope, quote),
    resolveConsentText(scope),
  ])
  const document = buildAgreementDocument({
    quote: {
      id: quote.id,
      number: formatQuoteNumber(quote.display_number),
      currency_code: quote.currency_code,
      valid_until: quote.valid_until,
      shipping_amount: quote.shipping_amount,
      shipping_tax_lines: quote.shipping_tax_lines,
      shipping_adjustments: quote.shipping_adjustments,
      deposit_percent: quote.deposit_percent,
      deposit_amount: quote.deposit_amount as unknown as number | null,
      items: items.map((item) => ({ ...item, unit_price: item.unit_price as unknown as number })),
    },
    selected_item_ids: items.filter((i) => i.is_optional && i.is_selected).map((i) => i.id),
    customer: parties.customer,
    merchant: parties.merchant,
    template: parties.template,
    consent_text,
    locale: portalLocale(),
    today: new Date(),
  })
  return { document, requires_signature: requiresSignature(quote) }
}

/**
 * What the buyer's page needs about the agreement: the text rendered for their
 * current selection (structured, and as escaped HTML and plain text), the
 * consent sentence, and once signed, who signed and when.
 */
export async function fetchBuyerAgreement(scope: MedusaContainer, quoteId: string) {
  const { document, requires_signature } = await buildCurrentDocument(scope, quoteId)
  if (!requires_signature) {
    return { requires_signature, agreement: null, signed: null }
  }
  const agreements: AgreementModuleService = scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: quoteId },
    { select: ["id", "signer_name", "signed_at", "document_sha256", "template_version"] }
  )
  return {
    requires_signature,
    agreement: {
      ...document.agreement,
      html: agreementToHtml(document.agreement),
      text: agreementToText(document.agreement),
      consent_text: document.consent_text,
    },
    signed: signed
      ? {
          signer_name: signed.signer_name,
          signed_at: signed.signed_at,
          document_sha256: signed.document_sha256,
        }
      : null,
  }
}
