export { ProcurementEvent } from "./procurement-event"
export { PurchaseOrder } from "./purchase-order"
export { PurchaseOrderLine } from "./purchase-order-line"
export { SupplierBill } from "./supplier-bill"
