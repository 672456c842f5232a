import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Quote, QuoteEvent, QuoteItem, QuoteLink, QuoteMessage } from "./models"
import type { QuoteStatus } from "./status"
import { hashToken, looksLikeLinkToken } from "./tokens"

export type QuoteModuleOptions = {
  /** Base URL of the storefront portal; quote links are `${portalUrl}/q/:token`. */
  portalUrl?: string
}

export type QuoteDTO = InferTypeOf<typeof Quote>
export type QuoteLinkDTO = InferTypeOf<typeof QuoteLink>

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

export const INVALID_LINK_MESSAGE = "This quote link is not valid. Ask the sender for a new one."

// Keys name the generated methods (listPortalQuotes, ...) and must match the
// model names that Query resolves ("portal_quote" -> listPortalQuotes).
class QuoteModuleService extends MedusaService({
  PortalQuote: Quote,
  PortalQuoteItem: QuoteItem,
  PortalQuoteMessage: QuoteMessage,
  PortalQuoteLink: QuoteLink,
  PortalQuoteEvent: QuoteEvent,
}) {
  protected readonly options_: QuoteModuleOptions

  constructor(container: Record<string, unknown>, options: QuoteModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
  }

  /** Never derived from a request's Host header (docs/ARCHITECTURE.md, "Security rules"). */
  buildQuoteLinkUrl(token: string): string {
    return this.buildPortalUrl(`/q/${token}`)
  }

  /** A page of the storefront portal (`portalUrl`, else `PORTAL_URL`), never from the request's Host. */
  buildPortalUrl(path: string): string {
    const base = this.options_.portalUrl || process.env.PORTAL_URL || "http://localhost:5173"
    return `${base.replace(/\/+$/, "")}${path}`
  }

  /**
   * Creates a link from the hash of a token minted by the caller
   * (`mintLinkToken`): the raw token never reaches this module.
   */
  @InjectTransactionManager()
  async issueLink(
    quoteId: string,
    tokenHash: string,
    expiresAt: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<QuoteLinkDTO> {
    const link = await this.createPortalQuoteLinks(
      { quote_id: quoteId, token_hash: tokenHash, expires_at: expiresAt },
      sharedContext
    )
    return link as QuoteLinkDTO
  }

  /**
   * Resolves a raw token to its live link. Unknown, revoked and expired tokens
   * fail with the same message so a caller cannot tell them apart.
   */
  @InjectManager()
  async resolveLinkToken(
    token: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<QuoteLinkDTO> {
    const invalid = new MedusaError(MedusaError.Types.NOT_FOUND, INVALID_LINK_MESSAGE)
    if (!looksLikeLinkToken(token)) {
      throw invalid
    }
    const [link] = await this.listPortalQuoteLinks(
      { token_hash: hashToken(token) },
      { take: 1 },
      sharedContext
    )
    if (!link || link.revoked_at || new Date(link.expires_at).getTime() <= Date.now()) {
      throw invalid
    }
    return link as QuoteLinkDTO
  }

  /**
   * Moves a quote to `to` only if it is still in one of `from`, in one SQL
   * statement, so two concurrent requests can never both win.
   * Returns whether this caller made the change.
   */
  @InjectTransactionManager()
  async claimStatusChange(
    quoteId: string,
    from: readonly QuoteStatus[],
    to: QuoteStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    if (!from.length) return false
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote SET status = ?, updated_at = now()
       WHERE id = ? AND status IN (${placeholders(from)}) AND deleted_at IS NULL RETURNING id`,
      [to, quoteId, ...from]
    )
    return rows.length === 1
  }

  /** Stamps a view; returns when the quote was last viewed before this one. */
  @InjectTransactionManager()
  async touchLastViewed(
    quoteId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Date | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote q SET last_viewed_at = now()
       FROM (SELECT id, last_viewed_at FROM portal_quote
             WHERE id = ? AND deleted_at IS NULL FOR UPDATE) previous
       WHERE q.id = previous.id RETURNING previous.last_viewed_at`,
      [quoteId]
    )
    return rows[0]?.last_viewed_at ?? null
  }

  /**
   * True for at most one caller a day per quote: staff are told about views
   * without being flooded by every reload.
   */
  @InjectTransactionManager()
  async claimDailyViewAlert(
    quoteId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote SET staff_view_alert_at = now()
       WHERE id = ? AND deleted_at IS NULL AND (staff_view_alert_at IS NULL OR staff_view_alert_at <= now() - interval '1 day')
       RETURNING id`,
      [quoteId]
    )
    return rows.length === 1
  }

  /**
   * Per quote of `companyId` a contact can see (not a draft), how many staff
   * messages came after the contact's read marker (`reads`: quote id → when
   * they last read it; no marker, every staff message). Quotes with none are
   * left out. One grouped statement over the company's quotes
   * (docs/ARCHITECTURE.md, "Read markers").
   */
  @InjectManager()
  async countUnreadReplies(
    companyId: string,
    reads: Record<string, Date | string>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    const manager = sharedContext.manager as SqlEntityManager
    const markers = Object.entries(reads).map(([quote_id, read_at]) => ({ quote_id, read_at }))
    const rows = await manager.execute(
      `SELECT m.quote_id, count(*)::int AS unread
       FROM portal_quote_message m
       JOIN portal_quote q ON q.id = m.quote_id
       LEFT JOIN jsonb_to_recordset(?::jsonb) AS r(quote_id text, read_at timestamptz)
         ON r.quote_id = m.quote_id
       WHERE q.company_id = ? AND q.status <> 'draft' AND q.deleted_at IS NULL
         AND m.author_type = 'staff' AND m.deleted_at IS NULL
         AND (r.read_at IS NULL OR m.created_at > r.read_at)
       GROUP BY m.quote_id`,
      [JSON.stringify(markers), companyId]
    )
    return new Map(
      rows.map((row: { quote_id: string; unread: number }) => [row.quote_id, Number(row.unread)])
    )
  }

  /** Marks every open quote past its validity as expired, in one statement. */
  @InjectTransactionManager()
  async expireDueQuotes(
    openStatuses: readonly QuoteStatus[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!openStatuses.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote SET status = 'expired', expired_at = now(), updated_at = now()
       WHERE status IN (${placeholders(openStatuses)}) AND valid_until <= now()
         AND deleted_at IS NULL RETURNING id`,
      [...openStatuses]
    )
    return rows.map((row: { id: string }) => row.id)
  }
}

export default QuoteModuleService
