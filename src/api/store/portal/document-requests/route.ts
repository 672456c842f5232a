import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalDocumentRequestListResponse } from "../../../../shared/http"
import { listDocumentRequests } from "../../../admin/portal/documents/presenters"
import type { ListDocumentRequestsParamsType } from "../../../admin/portal/documents/validators"
import type { MemberRequest } from "../authorize-member"

/** The documents the active company is asked for, newest first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalDocumentRequestListResponse>
) => {
  const { limit, offset, status } = req.validatedQuery as ListDocumentRequestsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await listDocumentRequests(
      req.scope,
      { company_id: req.access.company_id, status },
      { limit, offset },
      "store"
    )
  )
}
