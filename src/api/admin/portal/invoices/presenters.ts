import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withInvoiceNumber } from "../../../../modules/billing/status"
import type { AdminPortalInvoice } from "../../../../shared/http"
import { ADMIN_INVOICE_FIELDS } from "./query-config"

// What the admin invoice routes answer (src/shared/http/invoices.ts).

/** An invoice with its number; Query's dates are strings in JSON (docs/ARCHITECTURE.md, "Routes and guards"). */
export const presentAdminInvoice = (record: { display_number?: number | string | null }) =>
  withInvoiceNumber(record) as unknown as AdminPortalInvoice

export async function fetchAdminInvoice(
  scope: MedusaContainer,
  id: string,
  fields = ADMIN_INVOICE_FIELDS
): Promise<AdminPortalInvoice> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "portal_invoice", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  }
  return presentAdminInvoice(data[0])
}
