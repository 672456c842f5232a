import { model } from "@medusajs/framework/utils"
import {
  DEFAULT_LOW_STOCK_THRESHOLD,
  DEFAULT_PRIMARY_COLOR,
  DEFAULT_VALIDITY_DAYS,
  SETTINGS_KEY,
  STOCK_DISPLAYS,
} from "../../../shared/portal-settings"

/** The merchant's portal settings: one row per store, created on first read. */
export const PortalSettings = model
  .define("portal_settings", {
    id: model.id({ prefix: "psett" }).primaryKey(),
    // Always the same value: its unique index keeps the table to a single row,
    // even when the first reads race to create it.
    singleton_key: model.text().default(SETTINGS_KEY),
    // null: show the store's name.
    display_name: model.text().nullable(),
    // An absolute http(s) URL or a path on the storefront's own host.
    logo_url: model.text().nullable(),
    primary_color: model.text().default(DEFAULT_PRIMARY_COLOR),
    default_validity_days: model.number().default(DEFAULT_VALIDITY_DAYS),
    default_deposit_percent: model.float().nullable(),
    // null: the default consent sentence of the agreement module.
    consent_text: model.text().nullable(),
    // Who is alerted per event, on top of a quote's assigned users:
    // { quote_viewed: { user_ids, staff_group_ids, template }, ... } (older rows
    // hold a plain list of user ids). Read through notificationRecipients().
    notification_recipients: model.json().default({}),
    // Issue the balance invoice (order total less deposit) as soon as a quote is
    // accepted, instead of waiting for staff to issue it from the admin.
    auto_balance_invoice: model.boolean().default(false),
    // The catalog (docs/ARCHITECTURE.md, "Catalog"): what it shows of stock and prices.
    stock_display: model.enum([...STOCK_DISPLAYS]).default("off"),
    low_stock_threshold: model.number().default(DEFAULT_LOW_STOCK_THRESHOLD),
    show_incoming: model.boolean().default(false),
    allow_quote_requests: model.boolean().default(false),
    // Off whenever hide_prices is on (settleOrdering in src/shared/portal-settings.ts).
    allow_place_order: model.boolean().default(false),
    hide_prices: model.boolean().default(false),
    // Feature toggles (docs/ARCHITECTURE.md, "Feature toggles"): off, each route of the
    // feature refuses and the portal hides it.
    documents_enabled: model.boolean().default(false),
    work_requests_enabled: model.boolean().default(false),
    conversations_enabled: model.boolean().default(false),
    /** Whether contacts may start a conversation; off, they only reply to staff's. */
    clients_may_start_conversations: model.boolean().default(true),
    // The blanket discount for every portal customer, in percent, applied by the
    // Medusa automatic promotion portal_promotion_id (docs/ARCHITECTURE.md, "Money").
    portal_discount_percent: model.float().default(0),
    // The "Client Portal" sales channel and its publishable key, created once by
    // ensurePortalChannelWorkflow and remembered here.
    portal_sales_channel_id: model.text().nullable(),
    portal_publishable_key_id: model.text().nullable(),
    // The automatic promotion syncPortalPromotionsWorkflow keeps for the blanket discount.
    portal_promotion_id: model.text().nullable(),
  })
  .indexes([{ on: ["singleton_key"], unique: true }])
