import { TextLink } from "../common/record-header"
import { companyPath } from "../companies/paths"

/** The supplier company of a PO or bill, linked to its page. */
export const SupplierLink = ({
  supplier,
}: {
  supplier: { id: string; name: string | null } | null
}) =>
  supplier ? (
    <TextLink to={companyPath(supplier.id)}>{supplier.name ?? "Unknown supplier"}</TextLink>
  ) : (
    "Unknown supplier"
  )

/** A list's Supplier cell: the supplier company's name. */
export const supplierNameCell = ({
  row,
}: {
  row: { original: { supplier_company: { name: string | null } | null } }
}) => row.original.supplier_company?.name ?? "–"
