import { z } from "@medusajs/framework/zod"
import type { StoreListPortalDocumentsParams } from "../../../../shared/http"
import { ListDocumentsParams } from "../../../admin/portal/documents/validators"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** The same filters as staff's: the company's own documents, a quote's or an order's. */
export const StoreListDocumentsParams = ListDocumentsParams
export type StoreListDocumentsParamsType = z.infer<typeof StoreListDocumentsParams>
export { DocumentParams as MemberDocumentPathParams } from "../../../admin/portal/documents/validators"

export type StoreDocumentContract = [
  Assert<AgreesWith<StoreListPortalDocumentsParams, typeof StoreListDocumentsParams>>,
]
