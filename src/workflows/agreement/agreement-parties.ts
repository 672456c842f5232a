import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../modules/agreement"
import type AgreementModuleService from "../../modules/agreement/service"

export type AgreementParties = {
  customer: {
    first_name: string | null
    last_name: string | null
    email: string
    company_name: string | null
  }
  merchant: { name: string }
  template: { id: string; name: string; version: number; body: string } | null
}

/**
 * Who the agreement is between and which template version applies; read the
 * same way by the buyer's view, the PDFs and signing.
 */
export async function loadAgreementParties(
  container: MedusaContainer,
  quote: { customer_id: string; customer_email: string; agreement_template_id?: string | null }
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
  let template: AgreementParties["template"] = null
  if (quote.agreement_template_id) {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const found = await agreements
      .retrievePortalAgreementTemplate(quote.agreement_template_id)
      .catch(() => null)
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "The quote's agreement template no longer exists"
      )
    }
    template = { id: found.id, name: found.name, version: Number(found.version), body: found.body }
  }
  return {
    customer: {
      first_name: customer?.first_name ?? null,
      last_name: customer?.last_name ?? null,
      email: customer?.email ?? quote.customer_email,
      company_name: customer?.company_name ?? null,
    },
    merchant: { name: store?.name ?? "Our store" },
    template,
  }
}
