import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { canonicalize } from "json-canonicalize"
import { AGREEMENT_MODULE } from "../../../../modules/agreement"
import {
  type AgreementSource,
  buildAgreementDocument,
  consentText,
} from "../../../../modules/agreement/build-document"
import type { AgreementDocument } from "../../../../modules/agreement/document"
import type AgreementModuleService from "../../../../modules/agreement/service"
import type {
  StorePortalAgreement,
  StorePortalSignedAgreementSummary,
} from "../../../../shared/http"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { agreementToHtml, agreementToText } from "../../../../modules/agreement/template"
import { QUOTE_WITH_ITEMS_FIELDS } from "../../../../modules/quote/fields"
import {
  formatQuoteNumber,
  isOpenToBuyer,
  type QuoteStatus,
  requiresSignature,
} from "../../../../modules/quote/status"
import {
  type AgreementParties,
  customerParty,
  loadAgreementParties,
  loadAgreementTemplate,
} from "../../../../workflows/agreement/utils/agreement-parties"
import { localeFor, orStoreLanguage } from "../../../../workflows/shared/utils/contact-language"

/**
 * The consent sentence the buyer is shown and agrees to by signing: the one
 * staff set in the portal settings, else the environment's or the default.
 * The page and the signing route both read it here, so what is recorded is
 * what was shown.
 */
export async function merchantConsentText(scope: MedusaContainer): Promise<string | null> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  return settings.consent_text ?? null
}

/** A quote with its lines as the agreement views read it. */
type QuoteForAgreement = {
  id: string
  language?: string | null
  company_id?: string | null
  display_number: number | string
  currency_code: string
  valid_until?: Date | string | null
  shipping_amount?: unknown
  shipping_method_name?: string | null
  shipping_tax_lines?: unknown
  shipping_adjustments?: unknown
  deposit_percent?: number | null
  deposit_amount?: unknown
  agreement_template_id?: string | null
  items?: Array<Record<string, unknown> | null> | null
}

/** What the document is built from, but the template and the day: one place for both views. */
function agreementSource(
  quote: QuoteForAgreement,
  parties: Omit<AgreementParties, "template">,
  consent_text: string
): Omit<AgreementSource, "template" | "today"> {
  const items = (quote.items ?? []).filter((item) => !!item) as Array<
    AgreementSource["quote"]["items"][number]
  >
  return {
    quote: {
      id: quote.id,
      number: formatQuoteNumber(quote.display_number),
      currency_code: quote.currency_code,
      valid_until: quote.valid_until ?? null,
      shipping_amount: quote.shipping_amount,
      shipping_method_name: quote.shipping_method_name ?? null,
      shipping_tax_lines: quote.shipping_tax_lines,
      shipping_adjustments: quote.shipping_adjustments,
      deposit_percent: quote.deposit_percent,
      deposit_amount: quote.deposit_amount as number | null,
      items: items.map((item) => ({ ...item, unit_price: item.unit_price as number })),
    },
    selected_item_ids: items.filter((i) => i.is_optional && i.is_selected).map((i) => i.id),
    customer: parties.customer,
    merchant: parties.merchant,
    consent_text,
    locale: parties.locale,
  }
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
  const [parties, merchantConsent] = await Promise.all([
    loadAgreementParties(scope, quote),
    merchantConsentText(scope),
  ])
  const consent_text = merchantConsent ?? consentText(parties.locale)
  const document = buildAgreementDocument({
    ...agreementSource(quote as unknown as QuoteForAgreement, parties, consent_text),
    template: parties.template,
    today: new Date(),
  })
  return { document, requires_signature: requiresSignature(quote) }
}

/** How long a rendered agreement stays in Medusa's cache. */
const RENDERED_AGREEMENT_TTL_SECONDS = 60 * 60

/** The agreement as the buyer's page shows it: structured, as escaped HTML and as text. */
function agreementForPage(document: AgreementDocument): StorePortalAgreement {
  return {
    ...document.agreement,
    html: agreementToHtml(document.agreement),
    text: agreementToText(document.agreement),
    consent_text: document.consent_text,
  }
}

/**
 * The token view's agreement, from what the view already read. The rendering is cached
 * under the template version and a hash of its inputs, so the hottest buyer path reads the
 * template only when something changed (docs/ARCHITECTURE.md, "Routes and guards").
 */
export async function viewBuyerAgreement(
  scope: MedusaContainer,
  input: {
    quote: QuoteForAgreement & { status: string; customer_email: string }
    customer: Parameters<typeof customerParty>[0]
    merchant_name: string
    /** The merchant's consent sentence; null: the default one, in the quote's language. */
    consent_text: string | null
    /** The quote's own language (quoteOwnLanguage), already read by the view. */
    language: string | null
  }
) {
  const { quote } = input
  if (!requiresSignature(quote)) return { agreement: null, signed: null }
  const today = new Date()
  const language = orStoreLanguage(input.language)
  const locale = localeFor(language)
  const source = agreementSource(
    quote,
    {
      customer: customerParty(input.customer, quote.customer_email),
      merchant: { name: input.merchant_name },
      locale,
    },
    input.consent_text ?? consentText(locale)
  )
  const digest = createHash("sha256")
    .update(
      canonicalize(JSON.parse(JSON.stringify({ source, day: today.toISOString().slice(0, 10) })))
    )
    .digest("hex")
  const key = `portal:agreement-view:${quote.agreement_template_id}:${digest}`
  const cache = scope.resolve(Modules.CACHE)
  const [cached, signed] = await Promise.all([
    cache.get<ReturnType<typeof agreementForPage>>(key),
    isOpenToBuyer(quote.status as QuoteStatus) ? null : signedAgreementOf(scope, quote.id),
  ])
  let agreement = cached
  if (!agreement) {
    const template = await loadAgreementTemplate(scope, quote.agreement_template_id, language)
    agreement = agreementForPage(buildAgreementDocument({ ...source, template, today }))
    await cache.set(key, agreement, RENDERED_AGREEMENT_TTL_SECONDS)
  }
  return { agreement, signed }
}

/** Who signed the quote's agreement and when, as the buyer's page shows it; null unsigned. */
export async function signedAgreementOf(
  scope: MedusaContainer,
  quoteId: string
): Promise<StorePortalSignedAgreementSummary | null> {
  const agreements: AgreementModuleService = scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: quoteId },
    { select: ["id", "signer_name", "signed_at", "document_sha256", "template_version"] }
  )
  return signed
    ? {
        signer_name: signed.signer_name,
        // A string in JSON.
        signed_at: signed.signed_at as unknown as string,
        document_sha256: signed.document_sha256,
      }
    : null
}
