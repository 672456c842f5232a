import { z } from "@medusajs/framework/zod"
import { prefixedId } from "../../../utils/validate-params"

/** The caller's own Medusa cart, to price for the company they act for. */
export const StoreSetCartCompany = z.object({ cart_id: prefixedId("cart") }).strict()
export type StoreSetCartCompanyType = z.infer<typeof StoreSetCartCompany>
