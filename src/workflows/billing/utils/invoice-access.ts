import type { MedusaContainer } from "@medusajs/framework/types"
import type { Access } from "../../../shared/permissions"
import { companyOrderIds } from "../../portal/utils/company-orders"

/**
 * The invoices a caller may reach, as Query filters (docs/ARCHITECTURE.md,
 * "Member API: orders and invoices"): a link holder those of its quote, a
 * member those of their active company's orders. Null: none at all.
 */
export async function invoiceFiltersFor(
  container: MedusaContainer,
  access: Access
): Promise<Record<string, unknown> | null> {
  if (access.kind === "link") return { quote_id: access.quote_id }
  const orderIds = await companyOrderIds(container, access.company_id)
  return orderIds.length ? { order_id: orderIds } : null
}

/** Whether the caller may reach this one invoice (given its quote and order). */
export async function mayReachInvoice(
  container: MedusaContainer,
  access: Access,
  invoice: { quote_id: string | null; order_id: string }
): Promise<boolean> {
  if (access.kind === "link") return invoice.quote_id === access.quote_id
  return (await companyOrderIds(container, access.company_id, [invoice.order_id])).length > 0
}
