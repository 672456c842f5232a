import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DocumentRequest, DocumentRequestItem, PortalDocument } from "./models"

export type PortalDocumentDTO = InferTypeOf<typeof PortalDocument>
export type DocumentRequestDTO = InferTypeOf<typeof DocumentRequest>
export type DocumentRequestItemDTO = InferTypeOf<typeof DocumentRequestItem>

/** Documents shared with companies and document requests (docs/ARCHITECTURE.md, "Documents"). */
class CollaborationModuleService extends MedusaService({
  PortalDocument,
  DocumentRequest,
  DocumentRequestItem,
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
}

export default CollaborationModuleService
