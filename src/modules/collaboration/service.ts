import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  DocumentRequest,
  DocumentRequestItem,
  PortalDocument,
  WorkRequest,
  WorkRequestMessage,
} from "./models"

export type PortalDocumentDTO = InferTypeOf<typeof PortalDocument>
export type DocumentRequestDTO = InferTypeOf<typeof DocumentRequest>
export type DocumentRequestItemDTO = InferTypeOf<typeof DocumentRequestItem>
export type WorkRequestDTO = InferTypeOf<typeof WorkRequest>
export type WorkRequestMessageDTO = InferTypeOf<typeof WorkRequestMessage>

/**
 * Documents shared with companies, document requests (docs/ARCHITECTURE.md, "Documents") and
 * work requests with their threads ("Work requests").
 */
class CollaborationModuleService extends MedusaService({
  PortalDocument,
  DocumentRequest,
  DocumentRequestItem,
  WorkRequest,
  WorkRequestMessage,
}) {
  /**
   * "Done uploading": moves an open request of the company to done in one statement, so
   * of any number of clicks at once exactly one wins (true) and alerts staff; the others,
   * and a request already done, answer false.
   */
  @InjectTransactionManager()
  async markDocumentRequestDone(
    input: { id: string; company_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_document_request SET status = 'done', done_at = now(), done_by = ?, updated_at = now()
       WHERE id = ? AND company_id = ? AND status = 'open' AND deleted_at IS NULL RETURNING id`,
      [input.customer_id, input.id, input.company_id]
    )
    return rows.length > 0
  }

  /**
   * Links a request to the quote made of it, only while it has none: of two conversions at
   * once exactly one links (true); the other answers false and its quote is rolled back.
   */
  @InjectTransactionManager()
  async linkWorkRequestQuote(
    input: { id: string; quote_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_work_request
       SET quote_id = ?, status = CASE WHEN status = 'new' THEN 'in_progress' ELSE status END,
           last_activity_at = now(), updated_at = now()
       WHERE id = ? AND quote_id IS NULL AND deleted_at IS NULL RETURNING id`,
      [input.quote_id, input.id]
    )
    return rows.length > 0
  }

  /** How many messages each request's thread holds, in one statement (lists show it). */
  @InjectTransactionManager()
  async countWorkRequestMessages(
    requestIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    if (!requestIds.length) return {}
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: { request_id: string; count: string }[] = await manager.execute(
      `SELECT request_id, count(*) AS count FROM portal_work_request_message
       WHERE request_id IN (${requestIds.map(() => "?").join(", ")}) AND deleted_at IS NULL
       GROUP BY request_id`,
      requestIds
    )
    return Object.fromEntries(rows.map((row) => [row.request_id, Number(row.count)]))
  }
}

export default CollaborationModuleService
