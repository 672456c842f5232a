import { EllipsisHorizontal, PaperPlane, PencilSquare, XCircle } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  type PurchaseOrderDetail,
  purchaseOrderPdfPath,
  useCancelPurchaseOrder,
  useSendPurchaseOrder,
} from "../../hooks/purchase-orders"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatMoney } from "../../lib/format"
import { Fact, Facts, RecordHeader } from "../common/record-header"
import { DeclineChangeDrawer } from "./decline-change-drawer"
import { editPurchaseOrderPath } from "./paths"
import { PdfButton } from "./pdf-button"
import {
  canCancel,
  canDeclineChange,
  canEditLines,
  canReceive,
  canSend,
} from "./purchase-order-actions"
import { ReceiveDrawer } from "./receive-drawer"
import { PurchaseOrderStatusBadge } from "./status-badges"
import { SupplierLink } from "./supplier-link"

/** The earliest date the supplier promised for a line still to come. */
const expectedAt = (po: PurchaseOrderDetail) =>
  po.lines
    .filter((line) => line.received_quantity < line.quantity && line.promised_at)
    .map((line) => line.promised_at as string)
    .sort()[0] ?? null

/** Number, status, supplier, ship-to, totals, and what staff can do with the PO now. */
export const PurchaseOrderHeader = ({ po }: { po: PurchaseOrderDetail }) => {
  const prompt = usePrompt()
  const send = useSendPurchaseOrder(po.id)
  const cancel = useCancelPurchaseOrder(po.id)
  const [receiving, setReceiving] = useState(false)
  const [declining, setDeclining] = useState(false)
  const resend = po.status === "change_requested"

  const onSend = async () => {
    try {
      await send.mutateAsync()
      toast.success(`${po.number} was sent to ${po.supplier_company?.name ?? "the supplier"}`)
    } catch (error) {
      toast.error(`${po.number} was not sent`, { description: errorMessage(error) })
    }
  }

  const onCancel = async () => {
    const confirmed = await prompt({
      title: `Cancel ${po.number}?`,
      description:
        "The supplier is no longer asked to deliver it, and what was still to come no longer counts as incoming stock. This cannot be undone.",
      confirmText: "Cancel purchase order",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await cancel.mutateAsync(undefined)
      toast.success(`${po.number} was cancelled`)
    } catch (error) {
      toast.error(`${po.number} was not cancelled`, { description: errorMessage(error) })
    }
  }

  return (
    <RecordHeader
      heading={po.number}
      status={
        <span data-testid="po-status">
          <PurchaseOrderStatusBadge status={po.status} />
        </span>
      }
      subtitle={
        <>
          <SupplierLink supplier={po.supplier_company} /> · ships to{" "}
          {po.stock_location?.name ?? "an unknown location"}
        </>
      }
      actions={
        <>
          <PdfButton
            path={purchaseOrderPdfPath(po.id)}
            fileName={`${po.number}.pdf`}
            mode="download"
            label="PDF"
            what="The purchase order PDF"
          />
          {canEditLines(po.status) && (
            <Button size="small" variant="secondary" asChild>
              <Link to={editPurchaseOrderPath(po.id)}>
                <PencilSquare />
                Edit lines
              </Link>
            </Button>
          )}
          {canDeclineChange(po.status) && (
            <Button size="small" variant="secondary" onClick={() => setDeclining(true)}>
              Decline change
            </Button>
          )}
          {canReceive(po.status) && (
            <Button size="small" onClick={() => setReceiving(true)}>
              Receive
            </Button>
          )}
          {canSend(po.status) && (
            <Button size="small" isLoading={send.isPending} onClick={onSend}>
              <PaperPlane />
              {resend ? "Send revised order" : "Send to supplier"}
            </Button>
          )}
          {canCancel(po.status) && (
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton size="small" aria-label={`More actions for ${po.number}`}>
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                <DropdownMenu.Item className="gap-x-2" onClick={onCancel}>
                  <XCircle className="text-ui-fg-subtle" />
                  Cancel purchase order
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu>
          )}
        </>
      }
    >
      <Facts>
        <Fact label="Total" value={formatMoney(po.total, po.currency_code)} />
        <Fact label="Created" value={formatDate(po.created_at)} />
        <Fact label="Sent" value={formatDate(po.sent_at)} />
        {po.status === "received" ? (
          <Fact label="Received" value={formatDate(po.received_at)} />
        ) : po.status === "cancelled" ? (
          <Fact label="Cancelled" value={formatDate(po.cancelled_at)} />
        ) : (
          <Fact label="Expected" value={formatDate(expectedAt(po))} />
        )}
      </Facts>
      <ReceiveDrawer po={po} open={receiving} onOpenChange={setReceiving} />
      <DeclineChangeDrawer po={po} open={declining} onOpenChange={setDeclining} />
    </RecordHeader>
  )
}
