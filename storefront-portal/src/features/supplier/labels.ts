import type { SupplierBillStatus } from "@shared/procurement"
import type { Translate } from "../../lib/i18n"

// What a supplier contact reads for each status, in the page's language (the `supplier`
// catalog); @shared/procurement's labels are the admin's English ones.

export const supplierBillStatusLabel = (t: Translate<"supplier">, status: SupplierBillStatus) =>
  t(`bill_status.${status}`)
