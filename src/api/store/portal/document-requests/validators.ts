import { z } from "@medusajs/framework/zod"
import type { StoreUploadPortalRequestedDocumentFields } from "../../../../shared/http"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

export const RequestItemParams = z
  .object({ id: prefixedId("pdreq"), item_id: prefixedId("pdritem") })
  .strict()

/** The text field of the multipart upload (the file is the `file` part). */
export const StoreUploadRequestedDocument = z
  .object({ done: z.enum(["true", "false"]).optional() })
  .strict()

export type StoreDocumentRequestContract = [
  Assert<AgreesWith<StoreUploadPortalRequestedDocumentFields, typeof StoreUploadRequestedDocument>>,
]
