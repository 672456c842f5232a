import { Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "../../../shared/procurement"
import { type SupplierBillDetail, useRejectSupplierBill } from "../../hooks/supplier-bills"
import { FieldError } from "../common/field-error"
import { type DrawerProps, FormDrawer } from "../common/form-drawer"

/** Rejects a submitted bill; the supplier sees the reason and may submit a corrected one. */
export const RejectBillDrawer = ({
  bill,
  open,
  onOpenChange,
}: DrawerProps & { bill: SupplierBillDetail }) => {
  const reject = useRejectSupplierBill(bill.id)
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | undefined>()
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setReason("")
        setProblem(undefined)
      }}
      title={`Reject bill ${bill.bill_number}`}
      submitLabel="Reject bill"
      isSaving={reject.isPending}
      onSave={async () => {
        if (!reason.trim()) {
          setProblem("Tell the supplier why, so they can send a corrected bill")
          return null
        }
        await reject.mutateAsync(reason.trim())
        return `Bill ${bill.bill_number} was rejected`
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {bill.supplier_company?.name ?? "The supplier"} sees the reason in the portal.
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="reject-reason" size="small" weight="plus">
          Reason
        </Label>
        <Textarea
          id="reject-reason"
          rows={4}
          maxLength={MAX_PROCUREMENT_MESSAGE_LENGTH}
          value={reason}
          aria-invalid={!!problem}
          aria-describedby={problem ? "reject-reason-error" : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldError id="reject-reason-error" text={problem} />
      </div>
    </FormDrawer>
  )
}
