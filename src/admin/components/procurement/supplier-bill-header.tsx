import { CheckCircle, XCircle } from "@medusajs/icons"
import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import {
  type SupplierBillDetail,
  supplierBillPdfPath,
  useApproveSupplierBill,
  useMarkSupplierBillPaid,
} from "../../hooks/supplier-bills"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatDateTime, formatMoney } from "../../lib/format"
import { Fact, Facts, RecordHeader, TextLink } from "../common/record-header"
import { purchaseOrderPath } from "./paths"
import { PdfButton } from "./pdf-button"
import { RejectBillDrawer } from "./reject-bill-drawer"
import { SupplierBillStatusBadge } from "./status-badges"
import { SupplierLink } from "./supplier-link"

const fileSize = (bytes: number | null) =>
  bytes == null
    ? "–"
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * A supplier's bill: its number, amount and due date, the PO it bills, the
 * uploaded PDF, and the review: approve or reject (with a reason) while
 * submitted, mark paid once approved.
 */
export const SupplierBillHeader = ({ bill }: { bill: SupplierBillDetail }) => {
  const prompt = usePrompt()
  const approve = useApproveSupplierBill(bill.id)
  const markPaid = useMarkSupplierBillPaid(bill.id)
  const [rejecting, setRejecting] = useState(false)
  const title = `Bill ${bill.bill_number}`

  const onApprove = async () => {
    try {
      await approve.mutateAsync()
      toast.success(`${title} was approved`)
    } catch (error) {
      toast.error(`${title} was not approved`, { description: errorMessage(error) })
    }
  }

  const onMarkPaid = async () => {
    const confirmed = await prompt({
      title: `Mark ${title} as paid?`,
      description: `Record that ${formatMoney(bill.amount, bill.currency_code)} was paid to ${
        bill.supplier_company?.name ?? "the supplier"
      }. The supplier sees it as paid.`,
      confirmText: "Mark paid",
      cancelText: "Not yet",
    })
    if (!confirmed) return
    try {
      await markPaid.mutateAsync()
      toast.success(`${title} is paid`)
    } catch (error) {
      toast.error(`${title} was not marked paid`, { description: errorMessage(error) })
    }
  }

  const when =
    bill.status === "paid"
      ? { label: "Paid", value: bill.paid_at }
      : bill.status === "approved"
        ? { label: "Approved", value: bill.approved_at }
        : bill.status === "rejected"
          ? { label: "Rejected", value: bill.rejected_at }
          : { label: "Submitted", value: bill.created_at }

  return (
    <RecordHeader
      heading={title}
      status={
        <span data-testid="bill-status">
          <SupplierBillStatusBadge status={bill.status} />
        </span>
      }
      subtitle={
        <>
          <SupplierLink supplier={bill.supplier_company} />
          {bill.purchase_order && (
            <>
              {" · for "}
              <TextLink to={purchaseOrderPath(bill.purchase_order.id)}>
                {bill.purchase_order.number}
              </TextLink>
            </>
          )}
        </>
      }
      actions={
        <>
          <PdfButton
            path={supplierBillPdfPath(bill.id)}
            fileName={`bill-${bill.bill_number}.pdf`}
            mode="open"
            label="Open PDF"
            what="The bill's PDF"
          />
          <PdfButton
            path={supplierBillPdfPath(bill.id)}
            fileName={`bill-${bill.bill_number}.pdf`}
            mode="download"
            label="Download"
            what="The bill's PDF"
          />
          {bill.status === "submitted" && (
            <>
              <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
                <XCircle />
                Reject
              </Button>
              <Button size="small" isLoading={approve.isPending} onClick={onApprove}>
                <CheckCircle />
                Approve
              </Button>
            </>
          )}
          {bill.status === "approved" && (
            <Button size="small" isLoading={markPaid.isPending} onClick={onMarkPaid}>
              Mark paid
            </Button>
          )}
        </>
      }
    >
      <Facts>
        <Fact label="Amount" value={formatMoney(bill.amount, bill.currency_code)} />
        <Fact label="Due" value={formatDate(bill.due_at)} />
        <Fact label={when.label} value={formatDateTime(when.value)} />
        <Fact label="PDF" value={fileSize(bill.file_size)} />
      </Facts>
      {bill.status === "rejected" && bill.rejection_reason && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="bill-rejection-reason">
          Rejected: “{bill.rejection_reason}”
        </Text>
      )}
      <RejectBillDrawer bill={bill} open={rejecting} onOpenChange={setRejecting} />
    </RecordHeader>
  )
}
