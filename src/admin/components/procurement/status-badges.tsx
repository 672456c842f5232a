import { StatusBadge } from "@medusajs/ui"
import {
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrderStatus,
  SUPPLIER_BILL_STATUS_LABELS,
  type SupplierBillStatus,
} from "../../../shared/procurement"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const PO_COLORS: Record<PurchaseOrderStatus, BadgeColor> = {
  draft: "grey",
  sent: "blue",
  change_requested: "orange",
  acknowledged: "purple",
  partially_received: "orange",
  received: "green",
  cancelled: "red",
}

const BILL_COLORS: Record<SupplierBillStatus, BadgeColor> = {
  submitted: "orange",
  approved: "blue",
  paid: "green",
  rejected: "red",
}

export const PurchaseOrderStatusBadge = ({ status }: { status: PurchaseOrderStatus }) => (
  <StatusBadge color={PO_COLORS[status] ?? "grey"}>
    {PURCHASE_ORDER_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

export const SupplierBillStatusBadge = ({ status }: { status: SupplierBillStatus }) => (
  <StatusBadge color={BILL_COLORS[status] ?? "grey"}>
    {SUPPLIER_BILL_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
