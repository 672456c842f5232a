import { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Invoice } from "./models"
import type { InvoiceStatus } from "./status"

export type InvoiceDTO = InferTypeOf<typeof Invoice>

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** The moment each final status is reached is stamped in the same statement. */
const STAMP_COLUMN: Partial<Record<InvoiceStatus, "paid_at" | "voided_at">> = {
  paid: "paid_at",
  void: "voided_at",
}

// Keys name the generated methods (listPortalInvoices, ...) and must match the
// model names that Query resolves ("portal_invoice" -> listPortalInvoices).
class BillingModuleService extends MedusaService({
  PortalInvoice: Invoice,
}) {
  /**
   * Moves an invoice to `to` only if it is still in one of `from`, in one SQL
   * statement, so of two concurrent callers (two payment events, a payment and
   * a void) exactly one wins. Returns the status it left, or null when this
   * caller changed nothing.
   */
  @InjectTransactionManager()
  async claimStatusChange(
    invoiceId: string,
    from: readonly InvoiceStatus[],
    to: InvoiceStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<InvoiceStatus | null> {
    if (!from.length) return null
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = STAMP_COLUMN[to]
    const rows = await manager.execute(
      `UPDATE portal_invoice i SET status = ?, updated_at = now()${stamp ? `, ${stamp} = now()` : ""}
       FROM (SELECT id, status FROM portal_invoice
             WHERE id = ? AND status IN (${placeholders(from)}) AND deleted_at IS NULL
             FOR UPDATE) previous
       WHERE i.id = previous.id RETURNING previous.status`,
      [to, invoiceId, ...from]
    )
    return rows.length ? (rows[0].status as InvoiceStatus) : null
  }

  /** Undoes a claimed change (workflow compensation), unless something moved it on since. */
  @InjectTransactionManager()
  async restoreStatus(
    invoiceIds: string[],
    current: InvoiceStatus,
    previous: InvoiceStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!invoiceIds.length) return
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamp = STAMP_COLUMN[current]
    await manager.execute(
      `UPDATE portal_invoice SET status = ?, updated_at = now()${stamp ? `, ${stamp} = NULL` : ""}
       WHERE id IN (${placeholders(invoiceIds)}) AND status = ?`,
      [previous, ...invoiceIds, current]
    )
  }

  /** Marks every invoice in `from` whose due date has passed as overdue, in one statement. */
  @InjectTransactionManager()
  async markDueInvoicesOverdue(
    from: readonly InvoiceStatus[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: InvoiceStatus }[]> {
    if (!from.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `UPDATE portal_invoice i SET status = 'overdue', updated_at = now()
       FROM (SELECT id, status FROM portal_invoice
             WHERE status IN (${placeholders(from)}) AND due_at <= now() AND deleted_at IS NULL
             FOR UPDATE SKIP LOCKED) previous
       WHERE i.id = previous.id RETURNING i.id, previous.status`,
      [...from]
    )
  }
}

export default BillingModuleService
