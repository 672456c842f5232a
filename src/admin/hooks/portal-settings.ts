import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  NotificationRecipients,
  StaffAlertTarget,
  StockDisplay,
} from "../../shared/portal-settings"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The settings as GET/POST /admin/portal/settings answer them. */
export type PortalSettings = {
  id: string
  display_name: string | null
  logo_url: string | null
  primary_color: string
  default_validity_days: number
  default_deposit_percent: number | null
  consent_text: string | null
  notification_recipients: NotificationRecipients
  /** Issue the balance invoice as soon as a quote is accepted. */
  auto_balance_invoice: boolean
  stock_display: StockDisplay
  low_stock_threshold: number
  show_incoming: boolean
  allow_quote_requests: boolean
  allow_place_order: boolean
  hide_prices: boolean
  /** Stored now; applied as a Medusa promotion in a later step. */
  portal_discount_percent: number
  updated_at: string
}

/** The portal's sales channel and the publishable key the storefront portal uses. */
export type PortalChannel = {
  sales_channel: { id: string; name: string }
  publishable_key: { id: string; token: string }
}

/** GET/POST answer the settings and what applies where a text setting is blank. */
export type PortalSettingsResponse = {
  settings: PortalSettings
  fallbacks: { consent_text: string }
  portal_channel: PortalChannel
}

export type PortalSettingsChanges = Partial<
  Omit<PortalSettings, "id" | "updated_at" | "notification_recipients">
> & { notification_recipients?: Partial<Record<keyof NotificationRecipients, StaffAlertTarget>> }

const SETTINGS_PATH = "/admin/portal/settings"
export const portalSettingsKeys = queryKeysFactory("settings")

export function usePortalSettings() {
  return useQuery({
    queryKey: portalSettingsKeys.all,
    queryFn: () => sdk.client.fetch<PortalSettingsResponse>(SETTINGS_PATH),
  })
}

export function useUpdatePortalSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: PortalSettingsChanges) =>
      sdk.client.fetch<PortalSettingsResponse>(SETTINGS_PATH, {
        method: "POST",
        body: changes,
      }),
    onSuccess: (data) => queryClient.setQueryData(portalSettingsKeys.all, data),
  })
}

/**
 * Uploads the logo through the portal's own route, which takes only PNG, JPEG and
 * WebP (checked by content) and makes it the logo; answers its public URL.
 */
export function useUploadLogo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData()
      body.append("file", file)
      const data = await sdk.client.fetch<PortalSettingsResponse>(`${SETTINGS_PATH}/logo`, {
        method: "POST",
        // Let the browser set the multipart content type with its boundary.
        headers: { "content-type": null },
        body,
      })
      queryClient.setQueryData(portalSettingsKeys.all, data)
      return data.settings.logo_url ?? ""
    },
  })
}
