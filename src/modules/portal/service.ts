import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  PortalCart,
  PortalQuoteRead,
  PortalSettings,
  PortalStaffGroup,
  RateLimitCounter,
} from "./models"
import { SETTINGS_KEY } from "../../shared/portal-settings"

export type PortalSettingsDTO = InferTypeOf<typeof PortalSettings>
export type PortalStaffGroupDTO = Omit<InferTypeOf<typeof PortalStaffGroup>, "user_ids"> & {
  user_ids: string[]
}
export type PortalModuleOptions = {
  /**
   * Proxies whose `X-Forwarded-For` is believed (addresses, CIDR ranges, or
   * `loopback` / `linklocal` / `uniquelocal`); default none. Plugin option, or
   * `PORTAL_TRUSTED_PROXIES` (comma-separated).
   */
  trustedProxies?: string | string[]
}

/** The fields staff may change; everything else is the row's own bookkeeping. */
export type PortalSettingsChanges = Partial<
  Pick<
    PortalSettingsDTO,
    | "display_name"
    | "logo_url"
    | "primary_color"
    | "default_validity_days"
    | "default_deposit_percent"
    | "consent_text"
    | "notification_recipients"
    | "auto_balance_invoice"
    | "stock_display"
    | "low_stock_threshold"
    | "show_incoming"
    | "allow_quote_requests"
    | "allow_place_order"
    | "hide_prices"
    | "documents_enabled"
    | "work_requests_enabled"
    | "conversations_enabled"
    | "clients_may_start_conversations"
    | "portal_discount_percent"
    | "portal_sales_channel_id"
    | "portal_publishable_key_id"
  >
>

/**
 * The merchant's portal settings and staff groups, and the records the portal
 * keeps while it runs: rate-limit counters, read markers, cart bindings.
 * Companies and their contacts are the accounts module's (docs/ARCHITECTURE.md,
 * "Modules and links").
 */
// Keys name the generated methods (retrievePortalSettings, updatePortalSettings, ...)
// and must match the model name that Query resolves ("portal_settings").
class PortalModuleService extends MedusaService({
  PortalSettings,
  RateLimitCounter,
  PortalStaffGroup,
  PortalQuoteRead,
  PortalCart,
}) {
  protected readonly options_: PortalModuleOptions

  constructor(container: Record<string, unknown>, options: PortalModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
  }

  /** The configured trusted proxies, as a list (empty: trust none). */
  trustedProxies(): string[] {
    const configured = this.options_.trustedProxies ?? process.env.PORTAL_TRUSTED_PROXIES ?? []
    const list = Array.isArray(configured) ? configured : configured.split(",")
    return list.map((entry) => entry.trim()).filter(Boolean)
  }

  /**
   * The settings row, created with the defaults on first read. Concurrent first
   * reads all insert with ON CONFLICT DO NOTHING against the unique key, so
   * exactly one row is ever created and every caller reads that one.
   */
  @InjectManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<PortalSettingsDTO> {
    const existing = await this.findSettings(sharedContext)
    if (existing) return existing
    await this.insertDefaultSettings(sharedContext)
    return (await this.findSettings(sharedContext)) as PortalSettingsDTO
  }

  /** Applies `changes` to the settings row (created first if need be) and returns it. */
  @InjectTransactionManager()
  async updateSettings(
    changes: PortalSettingsChanges,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalSettingsDTO> {
    const { id } = await this.getSettings(sharedContext)
    return (await this.updatePortalSettings({ ...changes, id }, sharedContext)) as PortalSettingsDTO
  }

  /**
   * Adds one to `key`'s counter and returns the new count, in one statement
   * (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), so concurrent callers on
   * any number of server instances each see a distinct count. A counter whose
   * window has ended starts again at 1 with a new window of `windowSeconds`.
   */
  @InjectTransactionManager()
  async hitRateLimit(
    key: string,
    windowSeconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = await manager.execute(
      `INSERT INTO portal_rate_limit (id, key, count, expires_at)
       VALUES (?, ?, 1, now() + make_interval(secs => ?))
       ON CONFLICT (key) WHERE deleted_at IS NULL DO UPDATE SET
         count = CASE WHEN portal_rate_limit.expires_at <= now() THEN 1
                      ELSE portal_rate_limit.count + 1 END,
         expires_at = CASE WHEN portal_rate_limit.expires_at <= now() THEN EXCLUDED.expires_at
                           ELSE portal_rate_limit.expires_at END,
         updated_at = now()
       RETURNING count`,
      [generateEntityId(undefined, "prl"), key, windowSeconds]
    )
    return Number(row.count)
  }

  /**
   * Binds a cart to the company a contact acts for (docs/ARCHITECTURE.md,
   * "Placing orders", the cart binding): one upsert on `cart_id`; a cart
   * already bound by this contact takes the new company. False, changing
   * nothing, when another contact bound it. The caller holds the cart's lock
   * and has checked the cart (`bindPortalCartWorkflow`).
   */
  @InjectTransactionManager()
  async bindPortalCart(
    input: { cart_id: string; company_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `INSERT INTO portal_cart (id, cart_id, company_id, customer_id)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (cart_id) WHERE deleted_at IS NULL
       DO UPDATE SET company_id = excluded.company_id, updated_at = now()
       WHERE portal_cart.customer_id = excluded.customer_id
       RETURNING id`,
      [generateEntityId(undefined, "pcart"), input.cart_id, input.company_id, input.customer_id]
    )
    return rows.length > 0
  }

  /**
   * The place-order gate approved completing the cart for `company_id`: stamps
   * it as the company the order is filed under, in one statement that holds
   * only while the binding still names that company and contact. False,
   * changing nothing, when the binding changed since the gate read it.
   */
  @InjectTransactionManager()
  async approvePortalCart(
    input: { cart_id: string; company_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `UPDATE portal_cart SET approved_company_id = company_id, approved_at = now(), updated_at = now()
       WHERE cart_id = ? AND company_id = ? AND customer_id = ? AND deleted_at IS NULL
       RETURNING id`,
      [input.cart_id, input.company_id, input.customer_id]
    )
    return rows.length > 0
  }

  /** The binding of a cart, or null for a cart no contact bound to a company. */
  async getPortalCartBinding(cartId: string): Promise<{
    id: string
    cart_id: string
    company_id: string
    customer_id: string
    approved_company_id: string | null
  } | null> {
    const [binding] = await this.listPortalCarts(
      { cart_id: cartId },
      { select: ["id", "cart_id", "company_id", "customer_id", "approved_company_id"], take: 1 }
    )
    return binding ?? null
  }

  /**
   * The contact has read the quote's thread up to now: one upsert per call,
   * so concurrent opens never make a second row (docs/ARCHITECTURE.md,
   * "Read markers").
   */
  @InjectTransactionManager()
  async markQuoteRead(
    customerId: string,
    quoteId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `INSERT INTO portal_quote_read (id, customer_id, quote_id, read_at)
       VALUES (?, ?, ?, now())
       ON CONFLICT (customer_id, quote_id) WHERE deleted_at IS NULL
       DO UPDATE SET read_at = now(), updated_at = now()`,
      [generateEntityId(undefined, "pqread"), customerId, quoteId]
    )
  }

  /** Takes back one hit of `key` (an attempt that turned out not to count). */
  @InjectTransactionManager()
  async refundRateLimit(key: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE portal_rate_limit SET count = count - 1
       WHERE key = ? AND count > 0 AND expires_at > now() AND deleted_at IS NULL`,
      [key]
    )
  }

  /** Drops counters whose window ended before `before` (housekeeping). */
  @InjectTransactionManager()
  async purgeRateLimits(before: Date, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`DELETE FROM portal_rate_limit WHERE expires_at < ?`, [before])
  }

  /**
   * The settings row in one plain statement, as the model's service would list it: every
   * request of the portal reads it, and the ORM's entity for one row cost more than the
   * query (issue 22).
   */
  private async findSettings(sharedContext: Context): Promise<PortalSettingsDTO | undefined> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    const [settings] = await manager.execute(
      `select * from "portal_settings" where "singleton_key" = ? and "deleted_at" is null limit 1`,
      [SETTINGS_KEY]
    )
    return settings as PortalSettingsDTO | undefined
  }

  @InjectTransactionManager()
  private async insertDefaultSettings(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Column defaults fill in the rest, as the model declares them.
    await manager.execute(
      `INSERT INTO portal_settings (id, singleton_key) VALUES (?, ?) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "psett"), SETTINGS_KEY]
    )
  }
}

export default PortalModuleService
