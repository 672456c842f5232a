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
import { generateLinkToken, hashToken, looksLikeLinkToken } from "./tokens"

export type QuoteModuleOptions = {
  /** Base URL of the storefront portal; quote links are `${portalUrl}/q/:token`. */
  portalUrl?: string
}

export type QuoteDTO = InferTypeOf<typeof Quote>
export type QuoteLinkDTO = InferTypeOf<typeof QuoteLink>

export const INVALID_LINK_MESSAGE = "This quote link is not valid. Ask the sender for a new one."

class QuoteModuleService extends MedusaService({
  Quote,
  QuoteItem,
  QuoteMessage,
  QuoteLink,
  QuoteEvent,
}) {
  protected readonly options_: QuoteModuleOptions

  constructor(container: Record<string, unknown>, options: QuoteModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
  }

  /** Never derived from a request's Host header (DESIGN §5). */
  buildQuoteLinkUrl(token: string): string {
    const base = this.options_.portalUrl || process.env.PORTAL_URL || "http://localhost:5173"
    return `${base.replace(/\/+$/, "")}/q/${token}`
  }

  /** Creates a link and returns the raw token; only its hash is persisted. */
  @InjectTransactionManager()
  async issueLink(
    quoteId: string,
    expiresAt: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ token: string; link: QuoteLinkDTO }> {
    const token = generateLinkToken()
    const link = await this.createQuoteLinks(
      { quote_id: quoteId, token_hash: hashToken(token), expires_at: expiresAt },
      sharedContext
    )
    return { token, link: link as QuoteLinkDTO }
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
    const [link] = await this.listQuoteLinks(
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
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_quote SET status = ?, updated_at = now()
       WHERE id = ? AND status = ANY(?) AND deleted_at IS NULL RETURNING id`,
      [to, quoteId, from as string[]]
    )
    return rows.length === 1
  }
}

export default QuoteModuleService
