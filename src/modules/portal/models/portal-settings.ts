import { model } from "@medusajs/framework/utils"
import {
  DEFAULT_PRIMARY_COLOR,
  DEFAULT_VALIDITY_DAYS,
  SETTINGS_KEY,
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
    // Admin user ids to alert per buyer action, on top of the quote's assigned
    // users: { quote_viewed: [...], ... }. Read through notificationRecipients().
    notification_recipients: model.json().default({}),
    // Issue the balance invoice (order total less deposit) as soon as a quote is
    // accepted, instead of waiting for staff to issue it from the admin.
    auto_balance_invoice: model.boolean().default(false),
  })
  .indexes([{ on: ["singleton_key"], unique: true }])
