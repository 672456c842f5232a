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

/** Uploads an image through Medusa's File module and answers its public URL. */
export function useUploadLogo() {
  return useMutation({
    mutationFn: async (file: File) => {
      const { files } = await sdk.admin.upload.create({ files: [file] })
      return files[0].url
    },
  })
}

export { errorMessage } from "../lib/errors"
