import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { refusal } from "../../lib/refusal"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Quote, QuoteEvent, QuoteItem, QuoteLink, QuoteMessage } from "./models"
import type { QuoteStatus } from "./status"
import { hashToken, looksLikeLinkToken } from "./tokens"

export type QuoteModuleOptions = {
  /**
   * Base URL of the storefront portal; quote links are `${portalUrl}/q/:token`. Read
   * from this declaration by src/workflows/shared/utils/urls.ts, which builds every
   * portal link (docs/ARCHITECTURE.md, "Workflows").
   */
  portalUrl?: string
}

export type QuoteDTO = InferTypeOf<typeof Quote>
export type QuoteLinkDTO = InferTypeOf<typeof QuoteLink>
/** A link that opens its quote now, with the quote's status. */
export type LiveQuoteLink = { id: string; quote_id: string; quote_status: QuoteStatus }

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** The quote's and its lines' `bigNumber` columns, which Query answers as numbers. */
const QUOTE_BIG_NUMBERS = ["deposit_amount", "shipping_amount"]
const ITEM_BIG_NUMBERS = ["unit_price"]
const DATE_COLUMN = /_at$|^valid_until$/

/**
 * A row read with SQL as Query answers it: no `raw_` twins of big numbers,
 * big numbers as numbers, and dates as `Date`s (inside `json_agg` they arrive
 * as strings).
 */
function asQueried(row: Record<string, unknown>, bigNumbers: readonly string[] = []) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith("raw_")) continue
    if (value != null && bigNumbers.includes(key)) out[key] = Number(value)
    else if (typeof value === "string" && DATE_COLUMN.test(key)) out[key] = new Date(value)
    else out[key] = value
  }
  return out
}

/** The select-list entries that read a quote row's (`alias`) lines and thread as JSON. */
const linesAndThread = (alias: string) => `
  (SELECT coalesce(json_agg(i ORDER BY i.position, i.id), '[]')
   FROM portal_quote_item i WHERE i.quote_id = ${alias}.id AND i.deleted_at IS NULL) AS items,
  (SELECT coalesce(json_agg(m ORDER BY m.created_at, m.id), '[]')
   FROM portal_quote_message m WHERE m.quote_id = ${alias}.id AND m.deleted_at IS NULL) AS messages`

/** A quote row with its `items` and `messages` JSON, as Query would answer it. */
function quoteWithLines(row: Record<string, unknown>): RecordedView["quote"] {
  const { items, messages, ...quote } = row
  return {
    ...asQueried(quote, QUOTE_BIG_NUMBERS),
    items: (items as Record<string, unknown>[]).map((item) => asQueried(item, ITEM_BIG_NUMBERS)),
    messages: (messages as Record<string, unknown>[]).map((message) => asQueried(message)),
  }
}

/** What `recordView` answers: the view's effects and the quote as it left it. */
export type RecordedView = {
  alert_staff: boolean
  logged: boolean
  quote: Record<string, unknown> & {
    items: Record<string, unknown>[]
    messages: Record<string, unknown>[]
  }
}

/** The columns a status change stamps with it (`claimTransition`). */
export const QUOTE_STAMPS = [
  "sent_at",
  "valid_until",
  "accepted_at",
  "declined_at",
  "decline_reason",
  "cancelled_at",
] as const
export type QuoteStamps = Partial<Record<(typeof QUOTE_STAMPS)[number], unknown>>

/** A new `viewed` timeline entry at most once an hour, so reloads do not flood it. */
export const VIEW_EVENT_GAP_SECONDS = 60 * 60

/**
 * How stale `last_viewed_at` may get before a view refreshes it: reloads within a minute of
 * the last recorded view read the quote without writing (recordView).
 */
export const LAST_VIEWED_REFRESH_SECONDS = 60

/** The one answer to a link that opens nothing: unknown, revoked or expired alike. */
export const invalidLink = () => refusal(MedusaError.Types.NOT_FOUND, "access.invalid_link")

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
   * Resolves a raw token to its live link and its quote's status. Unknown,
   * revoked and expired tokens, and links of deleted quotes, fail with the same
   * message so a caller cannot tell them apart.
   */
  @InjectManager()
  async resolveLinkToken(
    token: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LiveQuoteLink> {
    const { link } = await this.lookUpLink(token, null, sharedContext)
    if (!link) throw invalidLink()
    return link
  }

  /**
   * The live link a raw token opens, with its quote's status and (with `failuresKey`) the
   * address's failed lookups, in one statement, so a good link costs the guard one query
   * (docs/ARCHITECTURE.md, "Routes and guards"). Null when none; a malformed token never
   * reaches the database.
   */
  @InjectManager()
  async lookUpLink(
    token: string,
    failuresKey?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ link: LiveQuoteLink | null; failures: number }> {
    if (!looksLikeLinkToken(token)) return { link: null, failures: 0 }
    const manager = sharedContext.manager as SqlEntityManager
    const failures = failuresKey
      ? `(SELECT count FROM portal_rate_limit
          WHERE key = ? AND expires_at > now() AND deleted_at IS NULL)`
      : "NULL"
    const [row] = await manager.execute(
      `SELECT l.id, l.quote_id, q.status AS quote_status, ${failures} AS failures
       FROM (SELECT 1) AS one
       LEFT JOIN (portal_quote_link l
         JOIN portal_quote q ON q.id = l.quote_id AND q.deleted_at IS NULL)
         ON l.token_hash = ? AND l.deleted_at IS NULL AND l.revoked_at IS NULL
           AND l.expires_at > now()`,
      [...(failuresKey ? [failuresKey] : []), hashToken(token)]
    )
    return {
      link: row?.id
        ? { id: row.id, quote_id: row.quote_id, quote_status: row.quote_status as QuoteStatus }
        : null,
      failures: Number(row?.failures ?? 0),
    }
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
    return !!(await this.claimTransition(quoteId, from, to, {}, sharedContext))
  }

  /**
   * `claimStatusChange` that also stamps `stamps` (e.g. `accepted_at`) in the same
   * statement, under the row's lock. Answers the stamped columns as they were before, for
   * a compensation to restore, or null when another request changed the status first.
   */
  @InjectTransactionManager()
  async claimTransition(
    quoteId: string,
    from: readonly QuoteStatus[],
    to: QuoteStatus,
    stamps: QuoteStamps = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<QuoteStamps | null> {
    if (!from.length) return null
    const keys = Object.keys(stamps) as (keyof QuoteStamps)[]
    for (const key of keys) {
      if (!QUOTE_STAMPS.includes(key)) throw new Error(`${key} is not a quote stamp`)
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `WITH previous AS (
         SELECT id${keys.map((key) => `, ${key}`).join("")} FROM portal_quote
         WHERE id = ? AND status IN (${placeholders(from)}) AND deleted_at IS NULL FOR UPDATE
       )
       UPDATE portal_quote q SET status = ?, updated_at = now()${keys.map((key) => `, ${key} = ?`).join("")}
       FROM previous WHERE q.id = previous.id
       RETURNING previous.*`,
      [quoteId, ...from, to, ...keys.map((key) => stamps[key] ?? null)]
    )
    if (rows.length !== 1) return null
    const { id, ...previous } = rows[0] as Record<string, unknown>
    void id
    return previous as QuoteStamps
  }

  /**
   * Rolls back an acceptance whose process died before the order
   * (docs/ARCHITECTURE.md, "Crash safety"): an `accepted` quote that still has
   * no order returns to `to`, in one conditional statement, so a quote whose
   * order landed meanwhile is never touched. Returns whether it changed.
   */
  @InjectTransactionManager()
  async restoreUnorderedAcceptance(
    quoteId: string,
    to: "sent" | "viewed",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote SET status = ?, accepted_at = NULL, updated_at = now()
       WHERE id = ? AND status = 'accepted' AND order_id IS NULL AND deleted_at IS NULL
       RETURNING id`,
      [to, quoteId]
    )
    return rows.length === 1
  }

  /**
   * Records a buyer's view and reads the quote back in one conditional statement, so of
   * concurrent views exactly one logs the hourly timeline entry and claims the daily staff
   * alert (docs/ARCHITECTURE.md, "Routes and guards", "Concurrency"). A view writes only
   * when something is due (the status moves to `viewed`, the alert or the entry is due, or
   * `last_viewed_at` is older than LAST_VIEWED_REFRESH_SECONDS), and only then locks the
   * row; a reload in between is a plain read. Null for an unknown or deleted quote.
   */
  @InjectManager()
  async recordView(
    input: {
      quote_id: string
      opened_from: readonly QuoteStatus[]
      event_id: string
      actor_id?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedView | null> {
    const manager = sharedContext.manager as SqlEntityManager
    const from = input.opened_from.length ? input.opened_from : ["__none__"]
    const alertDue = (table: string) =>
      `(${table}.staff_view_alert_at IS NULL OR ${table}.staff_view_alert_at <= now() - interval '1 day')`
    const [row] = await manager.execute(
      `WITH current_quote AS (
         SELECT * FROM portal_quote WHERE id = ? AND deleted_at IS NULL
       ), due AS (
         SELECT id FROM current_quote c
         WHERE c.status IN (${placeholders(from)}) OR ${alertDue("c")}
           OR c.last_viewed_at IS NULL OR c.last_viewed_at <= now() - make_interval(secs => ?)
       ), previous AS (
         SELECT id, status, last_viewed_at, ${alertDue("p")} AS alert
         FROM portal_quote p WHERE id IN (SELECT id FROM due) AND deleted_at IS NULL FOR UPDATE
       ), viewed AS (
         UPDATE portal_quote q SET
           status = CASE WHEN previous.status IN (${placeholders(from)}) THEN 'viewed' ELSE q.status END,
           updated_at = CASE WHEN previous.status IN (${placeholders(from)}) THEN now() ELSE q.updated_at END,
           last_viewed_at = now(),
           staff_view_alert_at = CASE WHEN previous.alert THEN now() ELSE q.staff_view_alert_at END
         FROM previous WHERE q.id = previous.id
         RETURNING q.*, previous.alert AS view_alert,
           (previous.last_viewed_at IS NULL
             OR previous.last_viewed_at <= now() - make_interval(secs => ?)) AS view_log
       ), logged AS (
         INSERT INTO portal_quote_event (id, quote_id, type, actor_type, actor_id)
         SELECT ?, id, 'viewed', 'customer', ? FROM viewed WHERE view_log
         RETURNING id
       ), seen AS (
         SELECT * FROM viewed
         UNION ALL
         SELECT current_quote.*, false, false FROM current_quote
         WHERE NOT EXISTS (SELECT 1 FROM viewed)
       )
       SELECT seen.*, EXISTS (SELECT 1 FROM logged) AS view_logged, ${linesAndThread("seen")}
       FROM seen`,
      [
        input.quote_id,
        ...from,
        LAST_VIEWED_REFRESH_SECONDS,
        ...from,
        ...from,
        VIEW_EVENT_GAP_SECONDS,
        input.event_id,
        input.actor_id ?? null,
      ]
    )
    if (!row) return null
    const { view_alert, view_log, view_logged, ...quote } = row
    void view_log
    return {
      alert_staff: view_alert === true,
      logged: view_logged === true,
      quote: quoteWithLines(quote),
    }
  }

  /**
   * The quote with its lines and thread in one statement, as `recordView` reads it back,
   * for the answers of the buyer's actions (docs/ARCHITECTURE.md, "Routes and guards").
   * Null for an unknown or deleted quote.
   */
  @InjectManager()
  async readQuoteWithLines(
    quoteId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedView["quote"] | null> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = await manager.execute(
      `SELECT q.*, ${linesAndThread("q")}
       FROM portal_quote q WHERE q.id = ? AND q.deleted_at IS NULL`,
      [quoteId]
    )
    return row ? quoteWithLines(row) : null
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
