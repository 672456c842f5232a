import { z } from "@medusajs/framework/zod"
import { listQueryParams, selectQueryParams } from "../../../utils/query-params"
import { QUOTE_STATUSES } from "../../../../modules/quote/status"
import type {
  AdminAddPortalQuoteItemsBody,
  AdminCreatePortalQuoteBody,
  AdminCreatePortalQuoteMessageBody,
  AdminPortalQuoteListParams,
  AdminPortalQuoteParams,
  AdminUpdatePortalQuoteBody,
  AdminUpdatePortalQuoteItemBody,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { portalLanguage } from "../../../utils/portal-language"
import { ADMIN_QUOTE_FIELDS, ADMIN_QUOTE_LIST_FIELDS } from "./query-config"

const money = z.number().finite().min(0).max(1_000_000_000)
const percent = z.number().finite().min(0).max(100)
const id = z.string().trim().min(1).max(100)

const QuoteItemFields = z
  .object({
    variant_id: id.nullish(),
    title: z.string().trim().min(1).max(500),
    description: z.string().max(5000).nullish(),
    quantity: z.number().int().min(1).max(1_000_000),
    unit_price: money,
    discount_percent: percent.optional(),
    is_optional: z.boolean().optional(),
    is_selected: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()

const QuoteTermsFields = z
  .object({
    region_id: id.nullish(),
    sales_channel_id: id.nullish(),
    valid_until: z.coerce.date().nullish(),
    deposit_percent: z.number().finite().gt(0).max(100).nullish(),
    deposit_amount: money.nullish(),
    /** One of the customer's addresses; on creation, by default their default shipping address. */
    shipping_address_id: id.optional(),
    /** A flat-rate shipping option of the region; null removes the shipping method. */
    shipping_option_id: id.nullish(),
    /** Freight for this quote instead of the option's flat price. */
    shipping_amount: money.nullish(),
    terms: z.string().max(20_000).nullish(),
    /** Its link emails and papers are in it; null: the company's, else the store's. */
    language: portalLanguage.nullish(),
    internal_note: z.string().max(20_000).nullish(),
    assigned_user_ids: z.array(id).max(50).optional(),
    agreement_template_id: id.nullish(),
    // Checked against the customer's memberships by the workflow.
    company_id: id.nullish(),
  })
  .strict()

const oneDeposit = (body: { deposit_percent?: number | null; deposit_amount?: number | null }) =>
  body.deposit_percent == null || body.deposit_amount == null

const depositMessage = {
  message: "Give the deposit as deposit_percent or deposit_amount, not both",
  path: ["deposit_amount"],
}

export const AdminCreateQuote = QuoteTermsFields.extend({
  customer_id: id,
  currency_code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}$/, "currency_code must be a three-letter ISO 4217 code"),
  items: z.array(QuoteItemFields).max(500).default([]),
}).refine(oneDeposit, depositMessage)
export type AdminCreateQuoteType = z.infer<typeof AdminCreateQuote>

export const AdminUpdateQuote = QuoteTermsFields.refine(oneDeposit, depositMessage)
export type AdminUpdateQuoteType = z.infer<typeof AdminUpdateQuote>

export const AdminAddQuoteItems = z
  .object({ items: z.array(QuoteItemFields).min(1).max(500) })
  .strict()
export type AdminAddQuoteItemsType = z.infer<typeof AdminAddQuoteItems>

export const AdminUpdateQuoteItem = QuoteItemFields.partial().strict()
export type AdminUpdateQuoteItemType = z.infer<typeof AdminUpdateQuoteItem>

export const AdminQuoteMessage = z.object({ body: z.string().trim().min(1).max(5000) }).strict()
export type AdminQuoteMessageType = z.infer<typeof AdminQuoteMessage>

export const AdminGetQuoteParams = selectQueryParams(ADMIN_QUOTE_FIELDS)

export const AdminListQuotesParams = listQueryParams({ fields: ADMIN_QUOTE_LIST_FIELDS })
  .extend({
    status: z.union([z.enum(QUOTE_STATUSES), z.array(z.enum(QUOTE_STATUSES))]).optional(),
    customer_id: z.union([id, z.array(id)]).optional(),
    /** The quote an order was created from (the order page's widget asks this). */
    order_id: z.union([id, z.array(id)]).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .strict()
export type AdminListQuotesParamsType = z.infer<typeof AdminListQuotesParams>

// The contract's request types (src/shared/http/quotes.ts) and these validators agree.
export type AdminQuoteContract = [
  Assert<AgreesWith<AdminCreatePortalQuoteBody, typeof AdminCreateQuote>>,
  Assert<AgreesWith<AdminUpdatePortalQuoteBody, typeof AdminUpdateQuote>>,
  Assert<AgreesWith<AdminAddPortalQuoteItemsBody, typeof AdminAddQuoteItems>>,
  Assert<AgreesWith<AdminUpdatePortalQuoteItemBody, typeof AdminUpdateQuoteItem>>,
  Assert<AgreesWith<AdminCreatePortalQuoteMessageBody, typeof AdminQuoteMessage>>,
  Assert<AgreesWith<AdminPortalQuoteParams, typeof AdminGetQuoteParams>>,
  Assert<AgreesWith<AdminPortalQuoteListParams, typeof AdminListQuotesParams>>,
]
