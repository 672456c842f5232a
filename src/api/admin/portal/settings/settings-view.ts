import { consentText } from "../../../../modules/agreement/build-document"
import type { PortalSettingsDTO } from "../../../../modules/portal/service"
import { notificationRecipients } from "../../../../shared/portal-settings"

/**
 * The response: the settings, and what applies where a text setting is blank
 * (the admin page shows these as placeholders).
 */
export function settingsResponse(settings: PortalSettingsDTO) {
  return {
    settings: presentPortalSettings(settings),
    fallbacks: { consent_text: consentText() },
  }
}

/** The settings as staff see them: without the row's singleton key and soft-delete stamp. */
export function presentPortalSettings(settings: PortalSettingsDTO) {
  return {
    id: settings.id,
    display_name: settings.display_name,
    logo_url: settings.logo_url,
    primary_color: settings.primary_color,
    default_validity_days: settings.default_validity_days,
    default_deposit_percent: settings.default_deposit_percent,
    consent_text: settings.consent_text,
    notification_recipients: notificationRecipients(settings.notification_recipients),
    auto_balance_invoice: settings.auto_balance_invoice,
    created_at: settings.created_at,
    updated_at: settings.updated_at,
  }
}
