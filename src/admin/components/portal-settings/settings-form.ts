import {
  DEFAULT_PRIMARY_COLOR,
  DEPOSIT_PERCENT_RANGE,
  DISCOUNT_PERCENT_RANGE,
  LOW_STOCK_THRESHOLD_RANGE,
  MAX_TEMPLATE_NAME_LENGTH,
  settleOrdering,
  STAFF_ALERT_KEYS,
  StockDisplay,
  TEMPLATE_NAME_PATTERN,
  isLogoUrl,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  notificationRecipients,
  NotificationRecipients,
  PRIMARY_COLOR_PATTERN,
  VALIDITY_DAYS_RANGE,
} from "../../../shared/portal-settings"
import type { PortalSettings, PortalSettingsChanges } from "../../hooks/portal-settings"

/** What the form holds: text inputs keep what staff typed until it is saved. */
export type SettingsFormValues = {
  display_name: string
  logo_url: string
  primary_color: string
  default_validity_days: string
  default_deposit_percent: string
  consent_text: string
  notification_recipients: NotificationRecipients
  auto_balance_invoice: boolean
  stock_display: StockDisplay
  low_stock_threshold: string
  show_incoming: boolean
  allow_quote_requests: boolean
  allow_place_order: boolean
  hide_prices: boolean
  portal_discount_percent: string
  documents_enabled: boolean
  work_requests_enabled: boolean
  conversations_enabled: boolean
  clients_may_start_conversations: boolean
}

export type SettingsFormErrors = Partial<Record<keyof SettingsFormValues, string>>

export function toFormValues(settings: PortalSettings): SettingsFormValues {
  return {
    display_name: settings.display_name ?? "",
    logo_url: settings.logo_url ?? "",
    primary_color: settings.primary_color ?? DEFAULT_PRIMARY_COLOR,
    default_validity_days: String(settings.default_validity_days),
    default_deposit_percent:
      settings.default_deposit_percent == null ? "" : String(settings.default_deposit_percent),
    consent_text: settings.consent_text ?? "",
    notification_recipients: notificationRecipients(settings.notification_recipients),
    auto_balance_invoice: !!settings.auto_balance_invoice,
    stock_display: settings.stock_display ?? "off",
    low_stock_threshold: String(settings.low_stock_threshold ?? 5),
    show_incoming: !!settings.show_incoming,
    allow_quote_requests: !!settings.allow_quote_requests,
    allow_place_order: !!settings.allow_place_order,
    hide_prices: !!settings.hide_prices,
    portal_discount_percent: String(settings.portal_discount_percent ?? 0),
    documents_enabled: !!settings.documents_enabled,
    work_requests_enabled: !!settings.work_requests_enabled,
    conversations_enabled: !!settings.conversations_enabled,
    clients_may_start_conversations: settings.clients_may_start_conversations !== false,
  }
}

/**
 * The form's changes with the server's rule between hidden prices and placing
 * orders applied (settleOrdering): switching prices off switches ordering off.
 */
export function withOrderingRule(
  values: SettingsFormValues,
  changes: Partial<SettingsFormValues>
): Partial<SettingsFormValues> {
  return settleOrdering(values, changes).changes ?? { ...changes, allow_place_order: false }
}

const isWholeNumber = (value: string) => /^\d+$/.test(value.trim())
const isNumber = (value: string) => /^\d+(\.\d+)?$/.test(value.trim())

/** The same rules as the server's validators, phrased for the person typing. */
export function validateSettings(values: SettingsFormValues): SettingsFormErrors {
  const errors: SettingsFormErrors = {}
  if (values.display_name.trim().length > MAX_DISPLAY_NAME_LENGTH) {
    errors.display_name = `Use at most ${MAX_DISPLAY_NAME_LENGTH} characters.`
  }
  if (values.logo_url.trim() && !isLogoUrl(values.logo_url.trim())) {
    errors.logo_url = "Use an http(s) URL or a path starting with /."
  }
  if (!PRIMARY_COLOR_PATTERN.test(values.primary_color.trim())) {
    errors.primary_color = "Enter a hex colour like #1d4ed8."
  }
  const days = Number(values.default_validity_days)
  const { min: minDays, max: maxDays } = VALIDITY_DAYS_RANGE
  if (!isWholeNumber(values.default_validity_days) || days < minDays || days > maxDays) {
    errors.default_validity_days = `Enter a whole number of days from ${minDays} to ${maxDays}.`
  }
  const deposit = values.default_deposit_percent.trim()
  const { min: minPercent, max: maxPercent } = DEPOSIT_PERCENT_RANGE
  if (
    deposit &&
    (!isNumber(deposit) || Number(deposit) < minPercent || Number(deposit) > maxPercent)
  ) {
    errors.default_deposit_percent = `Enter a percentage from ${minPercent} to ${maxPercent}, or leave it empty for no deposit.`
  }
  if (values.consent_text.trim().length > MAX_CONSENT_TEXT_LENGTH) {
    errors.consent_text = `Use at most ${MAX_CONSENT_TEXT_LENGTH} characters.`
  }
  const threshold = Number(values.low_stock_threshold)
  const { min: minStock, max: maxStock } = LOW_STOCK_THRESHOLD_RANGE
  if (!isWholeNumber(values.low_stock_threshold) || threshold < minStock || threshold > maxStock) {
    errors.low_stock_threshold = `Enter a whole number from ${minStock} to ${maxStock}.`
  }
  const discount = values.portal_discount_percent.trim()
  const { min: minDiscount, max: maxDiscount } = DISCOUNT_PERCENT_RANGE
  if (!isNumber(discount) || Number(discount) < minDiscount || Number(discount) > maxDiscount) {
    errors.portal_discount_percent = `Enter a percentage from ${minDiscount} to ${maxDiscount}.`
  }
  const badTemplate = STAFF_ALERT_KEYS.find((key) => {
    const template = values.notification_recipients[key].template?.trim() ?? ""
    return (
      template.length > MAX_TEMPLATE_NAME_LENGTH ||
      (template !== "" && !TEMPLATE_NAME_PATTERN.test(template))
    )
  })
  if (badTemplate) {
    errors.notification_recipients = `Template names use letters, digits, ".", "_" and "-" (${badTemplate}).`
  }
  return errors
}

/** The request body: blank texts become null, so the server uses their fallback. */
export function toChanges(values: SettingsFormValues): PortalSettingsChanges {
  const deposit = values.default_deposit_percent.trim()
  return {
    display_name: values.display_name.trim() || null,
    logo_url: values.logo_url.trim() || null,
    primary_color: values.primary_color.trim(),
    default_validity_days: Number(values.default_validity_days),
    default_deposit_percent: deposit ? Number(deposit) : null,
    consent_text: values.consent_text.trim() || null,
    notification_recipients: Object.fromEntries(
      STAFF_ALERT_KEYS.map((key) => {
        const target = values.notification_recipients[key]
        return [key, { ...target, template: target.template?.trim() || null }]
      })
    ) as NotificationRecipients,
    auto_balance_invoice: values.auto_balance_invoice,
    stock_display: values.stock_display,
    low_stock_threshold: Number(values.low_stock_threshold),
    show_incoming: values.show_incoming,
    allow_quote_requests: values.allow_quote_requests,
    allow_place_order: values.hide_prices ? false : values.allow_place_order,
    hide_prices: values.hide_prices,
    portal_discount_percent: Number(values.portal_discount_percent.trim()),
    documents_enabled: values.documents_enabled,
    work_requests_enabled: values.work_requests_enabled,
    conversations_enabled: values.conversations_enabled,
    clients_may_start_conversations: values.clients_may_start_conversations,
  }
}
