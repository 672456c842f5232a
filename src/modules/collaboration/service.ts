import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { ConversationSide } from "../../shared/conversations"
import { statusAfterContactReply, type WorkRequestStatus } from "../../shared/work-requests"
import {
  Conversation,
  ConversationMessage,
  ConversationParticipant,
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
export type ConversationDTO = InferTypeOf<typeof Conversation>

/** Who reads a conversation: a contact (customer id) or a staff member (admin user id). */
export type ConversationReader = { side: ConversationSide; id: string }

/** The `closed_at` a status change leaves: kept while closed, set on closing, cleared on reopening. */
const closedAtAfter = (
  previous: { status: WorkRequestStatus; closed_at: Date | null },
  status: WorkRequestStatus
) => (status === "closed" ? (previous.status === "closed" ? previous.closed_at : new Date()) : null)

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
  Conversation,
  ConversationMessage,
  ConversationParticipant,
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

  /**
   * A page of conversations, the latest message first: one company's (a contact's) or any
   * (staff), and with `unread` only those with messages of the other side after the
   * reader's marker (docs/ARCHITECTURE.md, "Conversations"). Ids and the total only.
   */
  @InjectTransactionManager()
  async pageConversations(
    input: {
      reader: ConversationReader
      company_id?: string
      unread?: boolean
      limit: number
      offset: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ ids: string[]; count: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const where = ["c.deleted_at IS NULL"]
    const values: unknown[] = []
    if (input.company_id) {
      where.push("c.company_id = ?")
      values.push(input.company_id)
    }
    if (input.unread) {
      where.push(`EXISTS (SELECT 1 FROM portal_conversation_message m
        LEFT JOIN portal_conversation_read r
          ON r.conversation_id = m.conversation_id AND r.side = ? AND r.reader_id = ?
        WHERE m.conversation_id = c.id AND m.deleted_at IS NULL AND m.author_type <> ?
          AND (r.read_at IS NULL OR m.created_at > r.read_at))`)
      values.push(input.reader.side, input.reader.id, input.reader.side)
    }
    const rows: { id: string; count: string }[] = await manager.execute(
      `SELECT c.id, count(*) OVER () AS count FROM portal_conversation c
       WHERE ${where.join(" AND ")}
       ORDER BY c.last_message_at DESC, c.id DESC LIMIT ? OFFSET ?`,
      [...values, input.limit, input.offset]
    )
    if (rows.length || !input.offset) {
      return { ids: rows.map((row) => row.id), count: Number(rows[0]?.count ?? 0) }
    }
    // A page past the end still says how many there are.
    const [total] = await manager.execute(
      `SELECT count(*) AS count FROM portal_conversation c WHERE ${where.join(" AND ")}`,
      values
    )
    return { ids: [], count: Number(total.count) }
  }

  /** Per conversation: its messages, and those of the other side after the reader's marker. */
  @InjectTransactionManager()
  async countConversationMessages(
    ids: string[],
    reader: ConversationReader,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, { total: number; unread: number }>> {
    if (!ids.length) return {}
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: { id: string; total: string; unread: string }[] = await manager.execute(
      `SELECT m.conversation_id AS id, count(*) AS total,
         count(*) FILTER (WHERE m.author_type <> ? AND (r.read_at IS NULL OR m.created_at > r.read_at)) AS unread
       FROM portal_conversation_message m
       LEFT JOIN portal_conversation_read r
         ON r.conversation_id = m.conversation_id AND r.side = ? AND r.reader_id = ?
       WHERE m.conversation_id IN (${ids.map(() => "?").join(", ")}) AND m.deleted_at IS NULL
       GROUP BY m.conversation_id`,
      [reader.side, reader.side, reader.id, ...ids]
    )
    return Object.fromEntries(
      rows.map((row) => [row.id, { total: Number(row.total), unread: Number(row.unread) }])
    )
  }

  /**
   * The reader has read the conversation up to `message_id`, the newest message they were
   * shown (or wrote): the marker is that message's own time, never the clock's, so a message
   * written while they opened the thread stays unread; it never moves back. One upsert, so
   * opens at once make one row.
   */
  @InjectTransactionManager()
  async markConversationRead(
    input: { conversation_id: string; reader: ConversationReader; message_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `INSERT INTO portal_conversation_read (conversation_id, side, reader_id, read_at)
       SELECT m.conversation_id, ?, ?, m.created_at FROM portal_conversation_message m
       WHERE m.id = ? AND m.conversation_id = ?
       ON CONFLICT (conversation_id, side, reader_id)
       DO UPDATE SET read_at = GREATEST(portal_conversation_read.read_at, EXCLUDED.read_at)`,
      [input.reader.side, input.reader.id, input.message_id, input.conversation_id]
    )
  }

  /** Adds participants, each once however often or concurrently asked. */
  @InjectTransactionManager()
  async addConversationParticipants(
    input: { conversation_id: string; side: ConversationSide; ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!input.ids.length) return
    const manager = sharedContext.transactionManager as SqlEntityManager
    const ids = [...new Set(input.ids)]
    await manager.execute(
      `INSERT INTO portal_conversation_participant (id, side, participant_id, conversation_id)
       VALUES ${ids.map(() => "(?, ?, ?, ?)").join(", ")}
       ON CONFLICT (conversation_id, side, participant_id) WHERE deleted_at IS NULL DO NOTHING`,
      ids.flatMap((id) => [
        generateEntityId(undefined, "pcpart"),
        input.side,
        id,
        input.conversation_id,
      ])
    )
  }

  /**
   * A work request's row, locked until the caller's transaction ends: every write of a
   * request's status, thread or files takes it first, so each sees the one before it
   * (docs/ARCHITECTURE.md, "Work requests"). Null when there is none.
   */
  private async lockWorkRequest(manager: SqlEntityManager, id: string) {
    const [row] = await manager.execute(
      `SELECT id, display_number, status, assignee_id, closed_at, last_activity_at
       FROM portal_work_request WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    return row
      ? {
          id: row.id as string,
          display_number: Number(row.display_number),
          status: row.status as WorkRequestStatus,
          assignee_id: (row.assignee_id as string | null) ?? null,
          closed_at: (row.closed_at as Date | null) ?? null,
          last_activity_at: row.last_activity_at as Date,
        }
      : null
  }

  /**
   * Writes a message and moves the request on, under its lock: a contact's answer to a
   * request waiting on them puts it back in progress; staff may set the status. A contact
   * never writes to a closed request, even one closed a moment ago (`refused`).
   */
  @InjectTransactionManager()
  async writeWorkRequestMessage(
    input: {
      request_id: string
      author_type: "customer" | "staff"
      author_id: string | null
      body: string
      status?: WorkRequestStatus
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const previous = await this.lockWorkRequest(manager, input.request_id)
    if (!previous) return { refused: "not_found" as const }
    if (input.author_type === "customer" && previous.status === "closed") {
      return { refused: "closed" as const, display_number: previous.display_number }
    }
    const status =
      input.author_type === "customer"
        ? statusAfterContactReply(previous.status)
        : (input.status ?? previous.status)
    const message = await this.createWorkRequestMessages(
      {
        request_id: input.request_id,
        author_type: input.author_type,
        author_id: input.author_id,
        body: input.body,
      },
      sharedContext
    )
    await this.updateWorkRequests(
      {
        id: input.request_id,
        status,
        closed_at: closedAtAfter(previous, status),
        last_activity_at: new Date(),
      },
      sharedContext
    )
    return { message_id: message.id, previous }
  }

  /** Staff triage under the request's lock: only what was given changes. */
  @InjectTransactionManager()
  async triageWorkRequest(
    input: { id: string; status?: WorkRequestStatus; assignee_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const previous = await this.lockWorkRequest(manager, input.id)
    if (!previous) return null
    await this.updateWorkRequests(
      {
        id: input.id,
        ...(input.status !== undefined
          ? { status: input.status, closed_at: closedAtAfter(previous, input.status) }
          : {}),
        ...(input.assignee_id !== undefined ? { assignee_id: input.assignee_id } : {}),
      },
      sharedContext
    )
    return previous
  }

  /**
   * A file's row for a request, under its lock, while the request has room (at most `max`)
   * and, for a contact's file, is not closed; else `refused`.
   */
  @InjectTransactionManager()
  async attachToWorkRequest(
    input: {
      document: Omit<PortalDocumentDTO, "id" | "created_at" | "updated_at" | "deleted_at">
      max: number
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const request = await this.lockWorkRequest(manager, input.document.attached_id!)
    if (!request) return { refused: "not_found" as const }
    if (input.document.source === "contact" && request.status === "closed") {
      return { refused: "closed" as const, display_number: request.display_number }
    }
    const [held] = await manager.execute(
      `SELECT count(*) AS count FROM portal_document
       WHERE attached_to = 'work_request' AND attached_id = ? AND deleted_at IS NULL`,
      [request.id]
    )
    if (Number(held.count) >= input.max) {
      return { refused: "full" as const, display_number: request.display_number }
    }
    const document = await this.createPortalDocuments(input.document, sharedContext)
    return { document }
  }
}

export default CollaborationModuleService
