import { Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "../../../shared/procurement"
import {
  type PurchaseOrderDetail,
  useDeclinePurchaseOrderChange,
} from "../../hooks/purchase-orders"
import { type DrawerProps, FormDrawer } from "../common/form-drawer"

/** Keeps the PO as sent: the supplier's requested change is declined, with an optional message. */
export const DeclineChangeDrawer = ({
  po,
  open,
  onOpenChange,
}: DrawerProps & { po: PurchaseOrderDetail }) => {
  const decline = useDeclinePurchaseOrderChange(po.id)
  const [message, setMessage] = useState("")
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => setMessage("")}
      title={`Decline the change to ${po.number}`}
      submitLabel="Decline change"
      isSaving={decline.isPending}
      onSave={async () => {
        await decline.mutateAsync(message.trim() || undefined)
        return `The change was declined; ${po.number} stands as sent`
      }}
    >
      {po.change_request && (
        <Text size="small" className="text-ui-fg-subtle">
          The supplier asked: “{po.change_request}”
        </Text>
      )}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="decline-message" size="small" weight="plus">
          Message to the supplier (optional)
        </Label>
        <Textarea
          id="decline-message"
          rows={4}
          maxLength={MAX_PROCUREMENT_MESSAGE_LENGTH}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
    </FormDrawer>
  )
}
