import { useParams } from "react-router-dom"
import { RecordCardSkeleton, RecordPage } from "../../../components/common/record-page"
import { BillPdfPreview } from "../../../components/procurement/bill-pdf-preview"
import { supplierBillsPath } from "../../../components/procurement/paths"
import { SupplierBillHeader } from "../../../components/procurement/supplier-bill-header"
import { useSupplierBill } from "../../../hooks/supplier-bills"

/** A supplier's bill: its PDF, its PO, and approve, reject or mark paid. */
const SupplierBillPage = () => {
  const { id = "" } = useParams()
  const query = useSupplierBill(id)
  return (
    <RecordPage
      query={query}
      loading={<RecordCardSkeleton body="short" />}
      thing="bill"
      notFoundHeading="Bill not found"
      back={{ to: supplierBillsPath, label: "Back to supplier bills" }}
    >
      {(bill) => (
        <div className="flex flex-col gap-y-3">
          <SupplierBillHeader bill={bill} />
          <BillPdfPreview billId={bill.id} title={`Bill ${bill.bill_number} (PDF)`} />
        </div>
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Bill" }

export default SupplierBillPage
