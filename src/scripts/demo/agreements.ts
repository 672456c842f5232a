import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../modules/agreement"
import type AgreementModuleService from "../../modules/agreement/service"
import { createAgreementTemplateWorkflow } from "../../workflows/agreement"

/** Found again by this name on re-runs (its latest version). */
export const DEMO_AGREEMENT_NAME = "Supply agreement"

/** Paragraphs are separated by blank lines; `{{quote.items}}` becomes the items table. */
export const DEMO_AGREEMENT_BODY = [
  "This supply agreement is made on {{today}} between {{merchant.name}} (the Supplier) and " +
    "{{company.name}} (the Buyer), signed for the Buyer by {{signer.name}} ({{signer.email}}). " +
    "The Supplier will supply the goods below at the prices of quote " +
    "{{quote.number}}:",
  "{{quote.items}}",
  "The Buyer will pay {{quote.total}}: {{quote.subtotal}} for these goods, less " +
    "{{quote.discount}} in discounts, plus {{quote.shipping}} freight and {{quote.tax}} " +
    "sales tax. A deposit of {{quote.deposit}} is due on signing; the balance is due net 30 from delivery.",
  "The Supplier delivers within 10 business days of receiving the deposit, to the Buyer's default " +
    "shipping address. Title and risk pass to the Buyer on delivery. The Buyer reports visible " +
    "damage or shortages within 5 business days, and the Supplier replaces or credits the goods concerned.",
  "The goods carry the manufacturer's warranty. The Supplier's liability under this agreement is " +
    "limited to the price of the goods concerned.",
  "This agreement can be signed until {{quote.valid_until}}; after that date its prices no longer apply.",
].join("\n\n")

export type DemoAgreementTemplate = { id: string; name: string; version: number; created: boolean }

/**
 * The agreement the second demo quote asks the buyer to sign. An existing
 * template of that name is kept as it is (staff may have edited it in the
 * dashboard); only a missing one is created.
 */
export async function seedAgreementTemplate(
  container: MedusaContainer
): Promise<DemoAgreementTemplate> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
  const [existing] = await agreements.listPortalAgreementTemplates(
    { name: DEMO_AGREEMENT_NAME, is_latest: true },
    { select: ["id", "version"], order: { created_at: "ASC" }, take: 1 }
  )
  if (existing) {
    logger.info(`Demo agreement template "${DEMO_AGREEMENT_NAME}" v${existing.version} found`)
    return {
      id: existing.id,
      name: DEMO_AGREEMENT_NAME,
      version: Number(existing.version),
      created: false,
    }
  }
  const { result } = await createAgreementTemplateWorkflow(container).run({
    input: { name: DEMO_AGREEMENT_NAME, body: DEMO_AGREEMENT_BODY },
  })
  logger.info(`Demo agreement template "${DEMO_AGREEMENT_NAME}" created`)
  return {
    id: result.id,
    name: DEMO_AGREEMENT_NAME,
    version: Number(result.version),
    created: true,
  }
}
