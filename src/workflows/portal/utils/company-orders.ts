import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CompanyOrderLink from "../../../links/company-order"

/**
 * The ids of the orders placed for a company, read from the company ↔ order
 * link (docs/ARCHITECTURE.md, "Relations"); with `orderIds`, only those of
 * them that are the company's.
 */
export async function companyOrderIds(
  container: MedusaContainer,
  companyId: string,
  orderIds?: readonly string[]
): Promise<string[]> {
  if (orderIds && !orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CompanyOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { portal_company_id: companyId, ...(orderIds ? { order_id: [...orderIds] } : {}) },
  })
  return (data as Array<{ order_id: string }>).map((row) => row.order_id)
}
