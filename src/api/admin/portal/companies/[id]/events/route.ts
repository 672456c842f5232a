import { listPage } from "../../../../../utils/list-page"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListAccessEventsParamsType } from "../../validators"
import type { AdminPortalAccessEventListResponse } from "../../../../../../shared/http"
import { fetchCompany, presentAccessEvent } from "../../presenters"

/** The company's access audit trail, newest first: who granted, revoked or disabled what, when. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListAccessEventsParamsType>,
  res: MedusaResponse<AdminPortalAccessEventListResponse>
) => {
  await fetchCompany(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_access_event",
    fields: req.queryConfig.fields,
    filters: { company_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    events: data.map(presentAccessEvent),
    ...listPage(data, metadata),
  })
}
