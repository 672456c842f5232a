import { EllipsisHorizontal, PaperPlane, PencilSquare, XCircle } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  type PurchaseOrderDetail,
  purchaseOrderPdfPath,
  useCancelPurchaseOrder,
  useSendPurchaseOrder,
} from "../../hooks/purchase-orders"
import { errorMessage } from "../../lib/errors"
import { companyPath } from "../companies/paths"
import { formatDate, formatMoney } from "../quotes/format"
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

export const Fact = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus">
      {value}
    </Text>
  </div>
)

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
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-col justify-between gap-3 md:flex-row md:items-start">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading>{po.number}</Heading>
            <span data-testid="po-status">
              <PurchaseOrderStatusBadge status={po.status} />
            </span>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {po.supplier_company ? (
              <Link
                className="text-ui-fg-base underline underline-offset-2"
                to={companyPath(po.supplier_company.id)}
              >
                {po.supplier_company.name}
              </Link>
            ) : (
              "Unknown supplier"
            )}{" "}
            · ships to {po.stock_location?.name ?? "an unknown location"}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
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
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
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
      </div>
      <ReceiveDrawer po={po} open={receiving} onOpenChange={setReceiving} />
      <DeclineChangeDrawer po={po} open={declining} onOpenChange={setDeclining} />
    </Container>
  )
}
