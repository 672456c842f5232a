import { z } from "@medusajs/framework/zod"
import { CLIENT_ORDER_STATUSES } from "../../../../shared/order-status"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"

/** `limit`, `offset` and a client status filter; always newest first, fields fixed. */
export const StoreListMemberOrdersParams = pageParams({
  status: oneOrMany(z.enum(CLIENT_ORDER_STATUSES)).optional(),
})
export type StoreListMemberOrdersParamsType = z.infer<typeof StoreListMemberOrdersParams>

export const MemberOrderPathParams = z.object({ id: prefixedId("order") }).strict()
