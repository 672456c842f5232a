import { Container, Skeleton } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LoadError } from "../../../components/load-error"
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
  const { data: po, isPending, isError, error, refetch } = usePurchaseOrder(id)

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3" aria-busy="true">
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-5 w-72" />
        </Container>
        <Container className="px-6 py-4">
          <Skeleton className="h-48 w-full" />
        </Container>
      </div>
    )
  }
  if (isError) {
    return (
      <LoadError
        error={error}
        thing="purchase order"
        notFoundHeading="Purchase order not found"
        back={{ to: purchaseOrdersPath, label: "Back to purchase orders" }}
        onRetry={() => refetch()}
      />
    )
  }
  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full flex-col gap-y-3">
        <PurchaseOrderHeader po={po} />
        <PurchaseOrderLinesSection po={po} />
        <PurchaseOrderNotesSection po={po} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <PurchaseOrderBillsSection po={po} />
        <ProcurementTimeline events={po.events} currencyCode={po.currency_code} />
      </div>
    </div>
  )
}

export const handle = { breadcrumb: () => "Purchase order" }

export default PurchaseOrderPage
