import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyWorkflow, updateCompanyWorkflow } from "../../../../../workflows/portal"
import { runWorkflow } from "../../../../utils/run-workflow"
import type {
  AdminPortalCompanyDeleteResponse,
  AdminPortalCompanyResponse,
  AdminUpdatePortalCompanyBody,
} from "../../../../../shared/http"
import { fetchCompany } from "../presenters"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalCompanyResponse>
) => {
  res.json({ company: await fetchCompany(req.scope, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalCompanyBody>,
  res: MedusaResponse<AdminPortalCompanyResponse>
) => {
  await runWorkflow(updateCompanyWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ company: await fetchCompany(req.scope, req.params.id) })
}

/** Only a company without members or quotes (else 409); its customer group goes with it. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalCompanyDeleteResponse>
) => {
  await runWorkflow(deleteCompanyWorkflow, req.scope, {
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ id: req.params.id, object: "portal_company", deleted: true })
}
