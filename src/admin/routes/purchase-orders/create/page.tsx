import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { purchaseOrderPath, purchaseOrdersPath } from "../../../components/procurement/paths"
import { PurchaseOrderForm } from "../../../components/procurement/purchase-order-form"
import {
  lineInputs,
  type PurchaseOrderDraft,
} from "../../../components/procurement/purchase-order-form-model"
import { useCompany } from "../../../hooks/companies"
import { useCreatePurchaseOrder } from "../../../hooks/purchase-orders"
import { errorMessage } from "../../../lib/errors"

/** The form, with the supplier chosen already when coming from its company page. */
const CreatePurchaseOrderPage = () => {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const supplierId = searchParams.get("supplier_company_id")
  const preselected = useCompany(supplierId ?? "", { enabled: !!supplierId })
  const create = useCreatePurchaseOrder()
  const [serverError, setServerError] = useState<string | null>(null)

  const save = async (draft: PurchaseOrderDraft) => {
    setServerError(null)
    try {
      const { purchase_order } = await create.mutateAsync({
        supplier_company_id: draft.supplier!.id,
        stock_location_id: draft.stock_location_id,
        currency_code: draft.currency_code,
        notes: draft.notes.trim() || undefined,
        lines: lineInputs(draft),
      })
      toast.success(`Created ${purchase_order.number}`, {
        description: "It is a draft: send it to the supplier from its page.",
      })
      navigate(purchaseOrderPath(purchase_order.id))
    } catch (error) {
      setServerError(errorMessage(error))
    }
  }

  const waiting = !!supplierId && preselected.isPending
  const supplier =
    preselected.data?.is_supplier && preselected.data.id === supplierId
      ? { id: preselected.data.id, name: preselected.data.name }
      : null
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading>Create purchase order</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Saved as a draft; the supplier sees it once you send it.
        </Text>
      </Container>
      {!waiting && (
        <PurchaseOrderForm
          mode="create"
          initial={{ supplier, stock_location_id: "", currency_code: "", notes: "", lines: [] }}
          submitLabel="Create draft"
          isSubmitting={create.isPending}
          serverError={serverError}
          onSubmit={save}
          onCancel={() => navigate(purchaseOrdersPath)}
        />
      )}
    </div>
  )
}

export const handle = { breadcrumb: () => "Create" }

export default CreatePurchaseOrderPage
