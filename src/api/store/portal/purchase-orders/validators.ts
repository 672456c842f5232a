import { z } from "@medusajs/framework/zod"
import { PURCHASE_ORDER_STATUSES } from "../../../../modules/procurement/status"
import {
  MAX_PROCUREMENT_MESSAGE_LENGTH,
  MAX_PURCHASE_ORDER_LINES,
} from "../../../../shared/procurement"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import type {
  StoreAcknowledgePortalPurchaseOrderBody,
  StoreListPortalPurchaseOrdersParams,
  StoreRequestPortalPurchaseOrderChangeBody,
} from "../../../../shared/http"

/** `limit`, `offset` and a status filter; always newest first, fields fixed. */
export const StoreListPurchaseOrdersParams = pageParams({
  status: oneOrMany(z.enum(PURCHASE_ORDER_STATUSES)).optional(),
})
export type StoreListPurchaseOrdersParamsType = z.infer<typeof StoreListPurchaseOrdersParams>

export const MemberPurchaseOrderPathParams = z.object({ id: prefixedId("po") }).strict()

/** A calendar date as the date input sends it. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-31")

/** A promised date for every line; the workflow checks they are the PO's and not past. */
export const StoreAcknowledgePurchaseOrder = z
  .object({
    lines: z
      .array(z.object({ line_id: prefixedId("poline"), promised_at: CalendarDate }).strict())
      .min(1)
      .max(MAX_PURCHASE_ORDER_LINES),
    note: z.string().trim().max(MAX_PROCUREMENT_MESSAGE_LENGTH).nullish(),
  })
  .strict()
export type StoreAcknowledgePurchaseOrderType = z.infer<typeof StoreAcknowledgePurchaseOrder>

export const StoreRequestPurchaseOrderChange = z
  .object({ message: z.string().trim().min(1).max(MAX_PROCUREMENT_MESSAGE_LENGTH) })
  .strict()
export type StoreRequestPurchaseOrderChangeType = z.infer<typeof StoreRequestPurchaseOrderChange>

/** The shared request types (src/shared/http/purchase-orders.ts) are these validators'. */
export type PurchaseOrderContract = [
  Assert<AgreesWith<StoreListPortalPurchaseOrdersParams, typeof StoreListPurchaseOrdersParams>>,
  Assert<AgreesWith<StoreAcknowledgePortalPurchaseOrderBody, typeof StoreAcknowledgePurchaseOrder>>,
  Assert<
    AgreesWith<StoreRequestPortalPurchaseOrderChangeBody, typeof StoreRequestPurchaseOrderChange>
  >,
]
