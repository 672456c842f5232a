import {
  DEFAULT_PRIMARY_COLOR,
  DEPOSIT_PERCENT_RANGE,
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
  }
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
    notification_recipients: values.notification_recipients,
    auto_balance_invoice: values.auto_balance_invoice,
  }
}
