import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"
import { formatQuoteNumber } from "../../../modules/quote/status"

type TemplateVersion = {
  id: string
  name: string
  version: number
  in_use_at?: Date | string | null
}

function conflict(name: string, reason: string) {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `Agreement template "${name}" ${reason} and cannot be deleted`
  )
}

/**
 * A template can be deleted only while nothing depends on any of its
 * versions: no version was sent or signed, and no quote (even a draft) names one.
 */
export const assertAgreementTemplateUnusedStep = createStep(
  "portal-assert-agreement-template-unused",
  async ({ versions }: { versions: TemplateVersion[] }, { container }) => {
    const ids = versions.map((version) => version.id)
    const name = versions[versions.length - 1]?.name ?? ids[0]

    const used = versions.find((version) => version.in_use_at)
    if (used) {
      throw conflict(name, `version ${used.version} has been sent with a quote`)
    }

    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const signed = await agreements.listPortalSignedAgreements(
      { template_id: ids },
      { select: ["id"], take: 1 }
    )
    if (signed.length) {
      throw conflict(name, "has been signed")
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: quotes } = await query.graph({
      entity: "portal_quote",
      fields: ["id", "display_number"],
      filters: { agreement_template_id: ids },
      pagination: { take: 5 },
    })
    if (quotes.length) {
      const numbers = quotes.map((quote) => formatQuoteNumber(quote.display_number))
      throw conflict(name, `is attached to quote ${numbers.join(", ")}`)
    }
  }
)
