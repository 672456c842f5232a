import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../presenters"

/** The document's file, for staff. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendDocumentFile(req.scope, res, { id: req.params.id })
}
