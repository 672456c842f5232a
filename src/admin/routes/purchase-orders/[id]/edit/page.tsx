import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { RecordCardSkeleton, RecordPage } from "../../../../components/common/record-page"
import { purchaseOrderPath, purchaseOrdersPath } from "../../../../components/procurement/paths"
import { PurchaseOrderForm } from "../../../../components/procurement/purchase-order-form"
import {
  lineFromPurchaseOrderLine,
  lineInputs,
  type PurchaseOrderDraft,
} from "../../../../components/procurement/purchase-order-form-model"
import { canEditLines } from "../../../../components/procurement/purchase-order-actions"
import {
  type PurchaseOrderDetail,
  usePurchaseOrder,
  useUpdatePurchaseOrder,
} from "../../../../hooks/purchase-orders"
import { errorMessage } from "../../../../lib/errors"

const draftOf = (po: PurchaseOrderDetail): PurchaseOrderDraft => ({
  supplier: po.supplier_company,
  stock_location_id: po.stock_location?.id ?? "",
  currency_code: po.currency_code,
  notes: po.notes ?? "",
  lines: po.lines.map(lineFromPurchaseOrderLine),
})

/** Edits a draft's (or a PO with a requested change's) lines and notes; the lines replace all. */
const EditPurchaseOrderPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const query = usePurchaseOrder(id)
  const update = useUpdatePurchaseOrder(id)
  const [serverError, setServerError] = useState<string | null>(null)

  const save = async (po: PurchaseOrderDetail, draft: PurchaseOrderDraft) => {
    setServerError(null)
    try {
      const notes = draft.notes.trim()
      await update.mutateAsync({
        lines: lineInputs(draft),
        ...(notes !== (po.notes ?? "") ? { notes } : {}),
      })
      toast.success(`${po.number} was saved`)
      navigate(purchaseOrderPath(po.id))
    } catch (err) {
      setServerError(errorMessage(err))
    }
  }

  return (
    <RecordPage
      query={query}
      loading={<RecordCardSkeleton />}
      thing="purchase order"
      notFoundHeading="Purchase order not found"
      back={{ to: purchaseOrdersPath, label: "Back to purchase orders" }}
    >
      {(po) => (
        <div className="flex flex-col gap-y-3">
          <Container className="px-6 py-4">
            <Heading>Edit {po.number}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {po.supplier_company?.name} · ships to {po.stock_location?.name} ·{" "}
              {po.currency_code.toUpperCase()}
            </Text>
            {!canEditLines(po.status) && (
              <Text size="small" className="text-ui-fg-error">
                Its lines can change only while it is a draft or the supplier asked for a change.
              </Text>
            )}
          </Container>
          <PurchaseOrderForm
            mode="edit"
            initial={draftOf(po)}
            submitLabel="Save"
            isSubmitting={update.isPending}
            serverError={serverError}
            onSubmit={(draft) => save(po, draft)}
            onCancel={() => navigate(purchaseOrderPath(po.id))}
          />
        </div>
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Edit" }

export default EditPurchaseOrderPage
