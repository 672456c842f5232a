import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalDocumentListResponse } from "../../../../shared/http"
import { listDocuments } from "../../../admin/portal/documents/presenters"
import type { MemberRequest } from "../authorize-member"
import type { StoreListDocumentsParamsType } from "./validators"

/** The active company's documents, newest first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalDocumentListResponse>
) => {
  const { limit, offset, attached_to, attached_id } =
    req.validatedQuery as StoreListDocumentsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await listDocuments(
      req.scope,
      { company_id: req.access.company_id, attached_to, attached_id },
      { limit, offset },
      "store"
    )
  )
}
