import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  buildAgreementDocument,
  portalLocale,
} from "../../../../../modules/agreement/build-document"
import {
  agreementToHtml,
  agreementToText,
  assertTemplateValid,
} from "../../../../../modules/agreement/template"
import type { AdminPreviewAgreementTemplateType } from "../validators"
import { sampleAgreementSource } from "./sample-agreement"
import type { AdminPortalAgreementPreviewResponse } from "../../../../../shared/http"

/**
 * Renders an unsaved template body with sample data, so the editor can show
 * the agreement (and the same errors saving would give) before it is saved.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewAgreementTemplateType>,
  res: MedusaResponse<AdminPortalAgreementPreviewResponse>
) => {
  const { body, name } = req.validatedBody
  assertTemplateValid(body)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["name", "supported_currencies.currency_code", "supported_currencies.is_default"],
    pagination: { take: 1 },
  })
  const currency = store?.supported_currencies?.find((supported) => supported?.is_default)

  const { agreement } = buildAgreementDocument(
    sampleAgreementSource({
      template: { name: name ?? "Preview", body },
      merchant: { name: store?.name ?? "Our store" },
      currency_code: currency?.currency_code ?? "usd",
      locale: portalLocale(),
      today: new Date(),
    })
  )
  res.json({
    preview: {
      blocks: agreement.blocks,
      html: agreementToHtml(agreement),
      text: agreementToText(agreement),
    },
  })
}
