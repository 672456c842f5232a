import { useParams } from "react-router-dom"
import { RecordPage, TwoColumns } from "../../../components/common/record-page"
import { purchaseOrdersPath } from "../../../components/procurement/paths"
import { ProcurementTimeline } from "../../../components/procurement/procurement-timeline"
import { PurchaseOrderBillsSection } from "../../../components/procurement/purchase-order-bills-section"
import { PurchaseOrderHeader } from "../../../components/procurement/purchase-order-header"
import { PurchaseOrderLinesSection } from "../../../components/procurement/purchase-order-lines-section"
import { PurchaseOrderNotesSection } from "../../../components/procurement/purchase-order-notes-section"
import { usePurchaseOrder } from "../../../hooks/purchase-orders"

/** A purchase order: header and actions, lines, the supplier's change request, bills and timeline. */
const PurchaseOrderPage = () => {
  const { id = "" } = useParams()
  const query = usePurchaseOrder(id)
  return (
    <RecordPage
      query={query}
      thing="purchase order"
      notFoundHeading="Purchase order not found"
      back={{ to: purchaseOrdersPath, label: "Back to purchase orders" }}
    >
      {(po) => (
        <TwoColumns
          main={
            <>
              <PurchaseOrderHeader po={po} />
              <PurchaseOrderLinesSection po={po} />
              <PurchaseOrderNotesSection po={po} />
            </>
          }
          side={
            <>
              <PurchaseOrderBillsSection po={po} />
              <ProcurementTimeline events={po.events} currencyCode={po.currency_code} />
            </>
          }
        />
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Purchase order" }

export default PurchaseOrderPage
