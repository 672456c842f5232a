import { z } from "@medusajs/framework/zod"
import type { StorePortalOrderListParams } from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { CLIENT_ORDER_STATUSES } from "../../../../shared/order-status"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"

/** `limit`, `offset` and a client status filter; always newest first, fields fixed. */
export const StoreListMemberOrdersParams = pageParams({
  status: oneOrMany(z.enum(CLIENT_ORDER_STATUSES)).optional(),
})
export type StoreListMemberOrdersParamsType = z.infer<typeof StoreListMemberOrdersParams>

export const MemberOrderPathParams = z.object({ id: prefixedId("order") }).strict()

// The contract's list parameters (src/shared/http/orders.ts) and this validator agree.
export type StoreMemberOrderContract = Assert<
  AgreesWith<StorePortalOrderListParams, typeof StoreListMemberOrdersParams>
>
