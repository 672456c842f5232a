import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AGREEMENT_VARIABLES } from "../../../../../modules/agreement/template"
import type { AdminPortalAgreementTemplateVariablesResponse } from "../../../../../shared/http"

/** The variables a template may use, for the admin's editor. */
export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalAgreementTemplateVariablesResponse>
) => {
  res.json({
    variables: AGREEMENT_VARIABLES.map((variable) => ({
      ...variable,
      placeholder: `{{${variable.name}}}`,
    })),
  })
}
