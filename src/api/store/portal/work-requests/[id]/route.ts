import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalWorkRequestResponse } from "../../../../../shared/http"
import { fetchWorkRequest } from "../../../../admin/portal/work-requests/presenters"
import type { MemberRequest } from "../../authorize-member"

/** One of the active company's requests with its thread (404 for any other company's). */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalWorkRequestResponse>
) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({
    work_request: await fetchWorkRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id, access: req.access },
      "store"
    ),
  })
}
