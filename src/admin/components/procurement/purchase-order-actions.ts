import type { PurchaseOrderStatus } from "../../../shared/procurement"

/**
 * Which actions the PO page offers in each status. The server's status machine
 * (docs/ARCHITECTURE.md, "Procurement") decides; these only hide buttons the
 * server would refuse, and its refusal is shown as it words it.
 */
const EDITABLE: readonly PurchaseOrderStatus[] = ["draft", "change_requested"]
const RECEIVABLE: readonly PurchaseOrderStatus[] = ["sent", "acknowledged", "partially_received"]
const FINAL: readonly PurchaseOrderStatus[] = ["received", "cancelled"]

export const canEditLines = (status: PurchaseOrderStatus) => EDITABLE.includes(status)
/** Sending a draft, or re-sending a PO revised after the supplier asked for a change. */
export const canSend = (status: PurchaseOrderStatus) => EDITABLE.includes(status)
export const canDeclineChange = (status: PurchaseOrderStatus) => status === "change_requested"
export const canReceive = (status: PurchaseOrderStatus) => RECEIVABLE.includes(status)
export const canCancel = (status: PurchaseOrderStatus) => !FINAL.includes(status)
