import { Container, Skeleton } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LoadError } from "../../../components/load-error"
import { BillPdfPreview } from "../../../components/procurement/bill-pdf-preview"
import { supplierBillsPath } from "../../../components/procurement/paths"
import { SupplierBillHeader } from "../../../components/procurement/supplier-bill-header"
import { useSupplierBill } from "../../../hooks/supplier-bills"

/** A supplier's bill: its PDF, its PO, and approve, reject or mark paid. */
const SupplierBillPage = () => {
  const { id = "" } = useParams()
  const { data: bill, isPending, isError, error, refetch } = useSupplierBill(id)
  if (isPending) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-24 w-full" />
      </Container>
    )
  }
  if (isError) {
    return (
      <LoadError
        error={error}
        thing="bill"
        notFoundHeading="Bill not found"
        back={{ to: supplierBillsPath, label: "Back to supplier bills" }}
        onRetry={() => refetch()}
      />
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <SupplierBillHeader bill={bill} />
      <BillPdfPreview billId={bill.id} title={`Bill ${bill.bill_number} (PDF)`} />
    </div>
  )
}

export const handle = { breadcrumb: () => "Bill" }

export default SupplierBillPage
