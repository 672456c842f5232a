import { z } from "@medusajs/framework/zod"
import type { StoreSetPortalCartCompanyBody } from "../../../../shared/http"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** The caller's own Medusa cart, to price for the company they act for. */
export const StoreSetCartCompany = z.object({ cart_id: prefixedId("cart") }).strict()
export type StoreSetCartCompanyType = z.infer<typeof StoreSetCartCompany>

/** The shared request type (src/shared/http/carts.ts) is this validator's. */
export type CartCompanyContract = Assert<
  AgreesWith<StoreSetPortalCartCompanyBody, typeof StoreSetCartCompany>
>
