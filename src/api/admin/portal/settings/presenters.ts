import { consentText } from "../../../../modules/agreement/build-document"
import type { PortalSettingsDTO } from "../../../../modules/portal/service"
import type { AdminPortalSettings, AdminPortalSettingsResponse } from "../../../../shared/http"
import { notificationRecipients } from "../../../../shared/portal-settings"
import type { PortalChannel } from "../../../../workflows/portal"

/**
 * The response: the settings, what applies where a text setting is blank (the
 * admin page shows these as placeholders), and the portal's sales channel and
 * publishable key (ensurePortalChannel, called before the settings are read, since it
 * may record them there: docs/ARCHITECTURE.md, "Portal sales channel").
 */
export function settingsResponse(
  settings: PortalSettingsDTO,
  channel: PortalChannel
): AdminPortalSettingsResponse {
  return {
    settings: presentPortalSettings(settings),
    fallbacks: { consent_text: consentText() },
    portal_channel: channel,
  }
}

/** The settings as staff see them: without the row's singleton key and soft-delete stamp. */
export function presentPortalSettings(settings: PortalSettingsDTO): AdminPortalSettings {
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
    stock_display: settings.stock_display,
    low_stock_threshold: settings.low_stock_threshold,
    show_incoming: settings.show_incoming,
    allow_quote_requests: settings.allow_quote_requests,
    allow_place_order: settings.allow_place_order,
    hide_prices: settings.hide_prices,
    portal_discount_percent: settings.portal_discount_percent,
    documents_enabled: settings.documents_enabled,
    work_requests_enabled: settings.work_requests_enabled,
    conversations_enabled: settings.conversations_enabled,
    clients_may_start_conversations: settings.clients_may_start_conversations,
    created_at: new Date(settings.created_at).toISOString(),
    updated_at: new Date(settings.updated_at).toISOString(),
  }
}
