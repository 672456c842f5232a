import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { NotificationRecipients } from "../../shared/portal-settings"
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
  updated_at: string
}

/** GET/POST answer the settings and what applies where a text setting is blank. */
export type PortalSettingsResponse = {
  settings: PortalSettings
  fallbacks: { consent_text: string }
}

export type PortalSettingsChanges = Partial<
  Omit<PortalSettings, "id" | "updated_at" | "notification_recipients">
> & { notification_recipients?: Partial<NotificationRecipients> }

const SETTINGS_PATH = "/admin/portal/settings"
const settingsKey = ["portal-settings"] as const

export function usePortalSettings() {
  return useQuery({
    queryKey: settingsKey,
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
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  })
}

/** The admin users staff can pick as alert recipients. */
export function useAdminUsers() {
  return useQuery({
    queryKey: ["portal-settings", "admin-users"],
    queryFn: () => sdk.admin.user.list({ limit: 200, fields: "id,email,first_name,last_name" }),
    select: (data) => data.users,
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
      queryClient.setQueryData(settingsKey, data)
      return data.settings.logo_url ?? ""
    },
  })
}

export { errorMessage } from "../lib/errors"
