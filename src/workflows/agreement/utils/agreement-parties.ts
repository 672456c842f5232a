import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../lib/refusal"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"
import type { AgreementTemplateTranslations } from "../../../modules/agreement/service"
import { localeFor, quoteLanguage } from "../../shared/utils/contact-language"

export type AgreementParties = {
  customer: {
    first_name: string | null
    last_name: string | null
    email: string
    company_name: string | null
  }
  merchant: { name: string }
  /** The version the quote names, in its language when the template has it (`language`). */
  template: {
    id: string
    name: string
    version: number
    body: string
    /** The translation used; null: the template's default text. */
    language: string | null
  } | null
  /**
   * The locale the quote's papers are in: its language's (docs/ARCHITECTURE.md,
   * "Languages"). The agreement is one document in one language for whoever reads it.
   */
  locale: string
}

/**
 * Who the agreement is between and which template version applies; read the
 * same way by the buyer's view, the PDFs and signing.
 */
export async function loadAgreementParties(
  container: MedusaContainer,
  quote: {
    customer_id: string
    customer_email: string
    agreement_template_id?: string | null
    language?: string | null
    company_id?: string | null
  }
): Promise<AgreementParties> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["first_name", "last_name", "email", "company_name"],
    filters: { id: quote.customer_id },
  })
  const customer = customers[0]
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { select: ["name"], take: 1 })
  const language = await quoteLanguage(container, quote)
  const template = await loadAgreementTemplate(container, quote.agreement_template_id, language)
  return {
    customer: customerParty(customer, quote.customer_email),
    merchant: { name: store?.name ?? "Our store" },
    template,
    locale: localeFor(language),
  }
}

/** The customer as the agreement names them; the quote's email when the customer is gone. */
export function customerParty(
  customer:
    | {
        first_name?: string | null
        last_name?: string | null
        email?: string | null
        company_name?: string | null
      }
    | null
    | undefined,
  quoteEmail: string
): AgreementParties["customer"] {
  return {
    first_name: customer?.first_name ?? null,
    last_name: customer?.last_name ?? null,
    email: customer?.email ?? quoteEmail,
    company_name: customer?.company_name ?? null,
  }
}

/**
 * The template version a quote names (null for none), in `language` when the template has a
 * translation for it, else its default text (docs/ARCHITECTURE.md, "Languages"); a 404 when
 * it no longer exists.
 */
export async function loadAgreementTemplate(
  container: MedusaContainer,
  templateId: string | null | undefined,
  language: string
): Promise<AgreementParties["template"]> {
  if (!templateId) return null
  const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
  const found = await agreements.retrievePortalAgreementTemplate(templateId).catch(() => null)
  if (!found) {
    throw refusal(MedusaError.Types.NOT_FOUND, "agreement.template_gone")
  }
  const translation = (found.translations as AgreementTemplateTranslations | null)?.[language]
  return {
    id: found.id,
    version: Number(found.version),
    ...(translation
      ? { name: translation.name, body: translation.body, language }
      : { name: found.name, body: found.body, language: null }),
  }
}
