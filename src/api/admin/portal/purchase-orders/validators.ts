import { z } from "@medusajs/framework/zod"
import {
  MAX_PROCUREMENT_MESSAGE_LENGTH,
  MAX_PURCHASE_ORDER_LINES,
  PURCHASE_ORDER_STATUSES,
} from "../../../../shared/procurement"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import type {
  AdminCancelPortalPurchaseOrderBody,
  AdminCreatePortalPurchaseOrderBody,
  AdminDeclinePortalPurchaseOrderChangeBody,
  AdminListPortalPurchaseOrdersParams,
  AdminReceivePortalPurchaseOrderBody,
  AdminUpdatePortalPurchaseOrderBody,
} from "../../../../shared/http"

const MAX_QUANTITY = 1_000_000
const MAX_UNIT_COST = 1_000_000_000

export const PurchaseOrderParams = z.object({ id: prefixedId("po") }).strict()

const notes = z.string().trim().max(MAX_PROCUREMENT_MESSAGE_LENGTH)
const quantity = z.number().int().min(1).max(MAX_QUANTITY)

const line = z
  .object({
    variant_id: prefixedId("variant"),
    quantity,
    // Major unit, at most 4 decimals (e.g. 12.5 or 0.0125).
    unit_cost: z
      .number()
      .finite()
      .min(0)
      .max(MAX_UNIT_COST)
      .refine((value) => Math.abs(value * 1e4 - Math.round(value * 1e4)) < 1e-6, {
        message: "unit_cost takes at most 4 decimals",
      }),
  })
  .strict()

const lines = z
  .array(line)
  .min(1, "A purchase order needs at least one line")
  .max(MAX_PURCHASE_ORDER_LINES, `A purchase order has at most ${MAX_PURCHASE_ORDER_LINES} lines`)
  .refine((all) => new Set(all.map((l) => l.variant_id)).size === all.length, {
    message: "Each variant may appear on one line only: add up its quantities",
  })

export const AdminCreatePurchaseOrder = z
  .object({
    supplier_company_id: prefixedId("pcomp"),
    stock_location_id: prefixedId("sloc"),
    currency_code: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{3}$/, "currency_code must be a three-letter ISO 4217 code"),
    notes: notes.nullish(),
    lines,
  })
  .strict()
export type AdminCreatePurchaseOrderType = z.infer<typeof AdminCreatePurchaseOrder>

export const AdminUpdatePurchaseOrder = z
  .object({ notes: notes.nullish(), lines: lines.optional() })
  .strict()
  .refine((body) => body.notes !== undefined || body.lines !== undefined, {
    message: "Give notes or lines",
  })
export type AdminUpdatePurchaseOrderType = z.infer<typeof AdminUpdatePurchaseOrder>

export const AdminReceivePurchaseOrder = z
  .object({
    lines: z
      .array(z.object({ line_id: prefixedId("poline"), quantity }).strict())
      .min(1, "Name at least one line received")
      .max(MAX_PURCHASE_ORDER_LINES)
      .refine((all) => new Set(all.map((l) => l.line_id)).size === all.length, {
        message: "Name each line once",
      }),
  })
  .strict()
export type AdminReceivePurchaseOrderType = z.infer<typeof AdminReceivePurchaseOrder>

export const AdminCancelPurchaseOrder = z.object({ reason: notes.optional() }).strict()
export type AdminCancelPurchaseOrderType = z.infer<typeof AdminCancelPurchaseOrder>

export const AdminDeclinePurchaseOrderChange = z.object({ message: notes.optional() }).strict()
export type AdminDeclinePurchaseOrderChangeType = z.infer<typeof AdminDeclinePurchaseOrderChange>

export const AdminListPurchaseOrdersParams = pageParams({
  status: oneOrMany(z.enum(PURCHASE_ORDER_STATUSES)).optional(),
  supplier_company_id: oneOrMany(prefixedId("pcomp")).optional(),
  q: z.string().trim().max(200).optional(),
})
export type AdminListPurchaseOrdersParamsType = z.infer<typeof AdminListPurchaseOrdersParams>

/** The shared request types (src/shared/http/purchase-orders.ts) are these validators'. */
export type PurchaseOrderContract = [
  Assert<AgreesWith<AdminCreatePortalPurchaseOrderBody, typeof AdminCreatePurchaseOrder>>,
  Assert<AgreesWith<AdminUpdatePortalPurchaseOrderBody, typeof AdminUpdatePurchaseOrder>>,
  Assert<AgreesWith<AdminReceivePortalPurchaseOrderBody, typeof AdminReceivePurchaseOrder>>,
  Assert<AgreesWith<AdminCancelPortalPurchaseOrderBody, typeof AdminCancelPurchaseOrder>>,
  Assert<
    AgreesWith<AdminDeclinePortalPurchaseOrderChangeBody, typeof AdminDeclinePurchaseOrderChange>
  >,
  Assert<AgreesWith<AdminListPortalPurchaseOrdersParams, typeof AdminListPurchaseOrdersParams>>,
]
