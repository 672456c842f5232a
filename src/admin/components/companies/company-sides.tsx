import { Badge } from "@medusajs/ui"
import type { Company } from "../../hooks/companies"

/** "Buyer", "Supplier" or both, as small badges. */
export const CompanySides = ({ company }: { company: Company }) => (
  <span className="flex gap-x-1">
    {company.is_customer && <Badge size="2xsmall">Buyer</Badge>}
    {company.is_supplier && <Badge size="2xsmall">Supplier</Badge>}
  </span>
)
