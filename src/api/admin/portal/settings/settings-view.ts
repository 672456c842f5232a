import type { PortalSettingsDTO } from "../../../../modules/portal/service"

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
    created_at: settings.created_at,
    updated_at: settings.updated_at,
  }
}
