import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  IncomingShare,
  ProcurementEvent,
  PurchaseOrder,
  PurchaseOrderLine,
  SupplierBill,
} from "./models"
import {
  OPEN_PURCHASE_ORDER_STATUSES,
  RECEIVABLE_PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
  type SupplierBillStatus,
} from "./status"

export type PurchaseOrderDTO = InferTypeOf<typeof PurchaseOrder>
export type PurchaseOrderLineDTO = InferTypeOf<typeof PurchaseOrderLine>
export type SupplierBillDTO = InferTypeOf<typeof SupplierBill>

/** One inventory level of Medusa's: an inventory item at a stock location. */
export type LevelKey = { inventory_item_id: string; location_id: string }

/** Goods received on one line. */
export type LineReceipt = { line_id: string; quantity: number }

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** The moment each status is reached is stamped in the same statement. */
const PO_STAMP: Partial<Record<PurchaseOrderStatus, string>> = {
  sent: "sent_at",
  acknowledged: "acknowledged_at",
  received: "received_at",
  cancelled: "cancelled_at",
}
const BILL_STAMP: Partial<Record<SupplierBillStatus, string>> = {
  approved: "approved_at",
  paid: "paid_at",
  rejected: "rejected_at",
}

// Keys name the generated methods (listPortalPurchaseOrders, ...) and must match
// the model names that Query resolves.
class ProcurementModuleService extends MedusaService({
  PortalPurchaseOrder: PurchaseOrder,
  PortalPurchaseOrderLine: PurchaseOrderLine,
  PortalSupplierBill: SupplierBill,
  PortalProcurementEvent: ProcurementEvent,
  PortalIncomingShare: IncomingShare,
}) {
  /**
   * Moves a PO to `to` only if it is still in one of `from`, in one statement, so
   * of two concurrent callers exactly one wins. Returns the status it left, or
   * null when this caller changed nothing.
   */
  @InjectTransactionManager()
  async claimPurchaseOrderStatus(
    id: string,
    from: readonly PurchaseOrderStatus[],
    to: PurchaseOrderStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PurchaseOrderStatus | null> {
    if (!from.length) return null
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = PO_STAMP[to]
    const rows = await manager.execute(
      `UPDATE portal_purchase_order p SET status = ?, updated_at = now()${stamp ? `, ${stamp} = now()` : ""}
       FROM (SELECT id, status FROM portal_purchase_order
             WHERE id = ? AND status IN (${placeholders(from)}) AND deleted_at IS NULL
             FOR UPDATE) previous
       WHERE p.id = previous.id RETURNING previous.status`,
      [to, id, ...from]
    )
    return rows.length ? (rows[0].status as PurchaseOrderStatus) : null
  }

  /** Undoes a claimed PO status change (compensation), unless something moved it on since. */
  @InjectTransactionManager()
  async restorePurchaseOrderStatus(
    id: string,
    current: PurchaseOrderStatus,
    previous: PurchaseOrderStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = PO_STAMP[current]
    await manager.execute(
      `UPDATE portal_purchase_order SET status = ?, updated_at = now()${stamp ? `, ${stamp} = NULL` : ""}
       WHERE id = ? AND status = ?`,
      [previous, id, current]
    )
  }

  /** Moves a bill to `to` only if it is still in one of `from` (see claimPurchaseOrderStatus). */
  @InjectTransactionManager()
  async claimBillStatus(
    id: string,
    from: readonly SupplierBillStatus[],
    to: SupplierBillStatus,
    fields: { rejection_reason?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SupplierBillStatus | null> {
    if (!from.length) return null
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = BILL_STAMP[to]
    const reason = fields.rejection_reason !== undefined
    const rows = await manager.execute(
      `UPDATE portal_supplier_bill b SET status = ?, updated_at = now()${stamp ? `, ${stamp} = now()` : ""}${reason ? ", rejection_reason = ?" : ""}
       FROM (SELECT id, status FROM portal_supplier_bill
             WHERE id = ? AND status IN (${placeholders(from)}) AND deleted_at IS NULL
             FOR UPDATE) previous
       WHERE b.id = previous.id RETURNING previous.status`,
      [to, ...(reason ? [fields.rejection_reason] : []), id, ...from]
    )
    return rows.length ? (rows[0].status as SupplierBillStatus) : null
  }

  /** Undoes a claimed bill status change (compensation). */
  @InjectTransactionManager()
  async restoreBillStatus(
    id: string,
    current: SupplierBillStatus,
    previous: SupplierBillStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = BILL_STAMP[current]
    await manager.execute(
      `UPDATE portal_supplier_bill SET status = ?, updated_at = now()${stamp ? `, ${stamp} = NULL` : ""}
       WHERE id = ? AND status = ?`,
      [previous, id, current]
    )
  }

  /**
   * Books goods received on a PO's lines, all or none: each line's received
   * quantity grows only while it stays within the ordered quantity and the PO is
   * still receivable, checked in the UPDATE itself, so concurrent receipts can
   * never over-receive. Returns the booked lines with their inventory item.
   */
  @InjectTransactionManager()
  async claimReceipts(
    purchaseOrderId: string,
    receipts: readonly LineReceipt[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Array<LineReceipt & { inventory_item_id: string }>> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const booked: Array<LineReceipt & { inventory_item_id: string }> = []
    for (const receipt of receipts) {
      const rows = await manager.execute(
        `UPDATE portal_purchase_order_line l SET received_quantity = l.received_quantity + ?, updated_at = now()
         FROM portal_purchase_order p
         WHERE l.id = ? AND l.purchase_order_id = ? AND p.id = l.purchase_order_id
           AND p.status IN (${placeholders(RECEIVABLE_PURCHASE_ORDER_STATUSES)})
           AND p.deleted_at IS NULL AND l.deleted_at IS NULL
           AND l.received_quantity + ? <= l.quantity
         RETURNING l.inventory_item_id`,
        [
          receipt.quantity,
          receipt.line_id,
          purchaseOrderId,
          ...RECEIVABLE_PURCHASE_ORDER_STATUSES,
          receipt.quantity,
        ]
      )
      if (!rows.length) {
        // Thrown inside the transaction: every line booked before it is rolled back.
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Only what is still outstanding on an open purchase order can be received"
        )
      }
      booked.push({ ...receipt, inventory_item_id: rows[0].inventory_item_id })
    }
    return booked
  }

  /** Takes booked receipts back (compensation of claimReceipts). */
  @InjectTransactionManager()
  async releaseReceipts(
    receipts: readonly LineReceipt[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const receipt of receipts) {
      await manager.execute(
        `UPDATE portal_purchase_order_line SET received_quantity = GREATEST(0, received_quantity - ?), updated_at = now()
         WHERE id = ?`,
        [receipt.quantity, receipt.line_id]
      )
    }
  }

  /**
   * Sets a receivable PO to received when every line is complete, otherwise to
   * partially received, in one statement that reads the lines. Returns the
   * status it left and the one it reached, or null when the PO was no longer
   * receivable (a concurrent receipt already completed it).
   */
  @InjectTransactionManager()
  async settleReceivedStatus(
    purchaseOrderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: PurchaseOrderStatus; status: PurchaseOrderStatus } | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `WITH outstanding AS (
         SELECT COALESCE(SUM(GREATEST(quantity - received_quantity, 0)), 0) AS remaining
         FROM portal_purchase_order_line WHERE purchase_order_id = ? AND deleted_at IS NULL)
       UPDATE portal_purchase_order p
       SET status = CASE WHEN outstanding.remaining = 0 THEN 'received' ELSE 'partially_received' END,
           received_at = CASE WHEN outstanding.remaining = 0 THEN now() ELSE p.received_at END,
           updated_at = now()
       FROM outstanding, (SELECT id, status FROM portal_purchase_order
             WHERE id = ? AND status IN (${placeholders(RECEIVABLE_PURCHASE_ORDER_STATUSES)})
               AND deleted_at IS NULL FOR UPDATE) previous
       WHERE p.id = previous.id RETURNING previous.status AS previous, p.status AS status`,
      [purchaseOrderId, purchaseOrderId, ...RECEIVABLE_PURCHASE_ORDER_STATUSES]
    )
    return rows.length
      ? { previous: rows[0].previous as PurchaseOrderStatus, status: rows[0].status }
      : null
  }

  /**
   * What is still incoming at each level: the sum of the remainders of every
   * open PO's lines for that inventory item at that location (0 when none).
   * Medusa keeps `incoming_quantity` as an absolute number; this is the number.
   */
  @InjectTransactionManager()
  async openIncoming(
    levels: readonly LevelKey[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Array<LevelKey & { incoming_quantity: number }>> {
    if (!levels.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    const pairs = levels.map(() => "(?, ?)").join(", ")
    const rows: Array<{ inventory_item_id: string; location_id: string; incoming: string }> =
      await manager.execute(
        `SELECT l.inventory_item_id, p.stock_location_id AS location_id,
                SUM(GREATEST(l.quantity - l.received_quantity, 0)) AS incoming
         FROM portal_purchase_order_line l
         JOIN portal_purchase_order p ON p.id = l.purchase_order_id
         WHERE (l.inventory_item_id, p.stock_location_id) IN (${pairs})
           AND p.status IN (${placeholders(OPEN_PURCHASE_ORDER_STATUSES)})
           AND p.deleted_at IS NULL AND l.deleted_at IS NULL
         GROUP BY l.inventory_item_id, p.stock_location_id`,
        [
          ...levels.flatMap((level) => [level.inventory_item_id, level.location_id]),
          ...OPEN_PURCHASE_ORDER_STATUSES,
        ]
      )
    const found = new Map(
      rows.map((row) => [`${row.inventory_item_id}:${row.location_id}`, Number(row.incoming)])
    )
    return levels.map((level) => ({
      ...level,
      incoming_quantity: found.get(`${level.inventory_item_id}:${level.location_id}`) ?? 0,
    }))
  }

  /**
   * The earliest promised date of each variant's open, unreceived lines at the
   * given locations: what the catalog shows as "incoming, expected <date>".
   */
  @InjectManager()
  async expectedDates(
    variantIds: readonly string[],
    locationIds: readonly string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Date>> {
    if (!variantIds.length || !locationIds.length) return new Map()
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Array<{ variant_id: string; expected_at: Date }> = await manager.execute(
      `SELECT l.variant_id, MIN(l.promised_at) AS expected_at
       FROM portal_purchase_order_line l
       JOIN portal_purchase_order p ON p.id = l.purchase_order_id
       WHERE l.variant_id IN (${placeholders(variantIds)})
         AND p.stock_location_id IN (${placeholders(locationIds)})
         AND p.status IN (${placeholders(OPEN_PURCHASE_ORDER_STATUSES)})
         AND l.promised_at IS NOT NULL AND l.received_quantity < l.quantity
         AND p.deleted_at IS NULL AND l.deleted_at IS NULL
       GROUP BY l.variant_id`,
      [...variantIds, ...locationIds, ...OPEN_PURCHASE_ORDER_STATUSES]
    )
    return new Map(rows.map((row) => [row.variant_id, new Date(row.expected_at)]))
  }
}

export default ProcurementModuleService
