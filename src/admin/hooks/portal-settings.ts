import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminPortalSettingsResponse,
  AdminUpdatePortalSettingsBody,
} from "../../shared/http/settings"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/** The admin's names for the settings route's shapes (src/shared/http/settings.ts). */
export type {
  AdminPortalChannel as PortalChannel,
  AdminPortalSettings as PortalSettings,
  AdminUpdatePortalSettingsBody as PortalSettingsChanges,
} from "../../shared/http/settings"

const SETTINGS_PATH = "/admin/portal/settings"
export const portalSettingsKeys = queryKeysFactory("settings")

export function usePortalSettings() {
  return useQuery({
    queryKey: portalSettingsKeys.all,
    queryFn: () => sdk.client.fetch<AdminPortalSettingsResponse>(SETTINGS_PATH),
  })
}

export function useUpdatePortalSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: AdminUpdatePortalSettingsBody) =>
      sdk.client.fetch<AdminPortalSettingsResponse>(SETTINGS_PATH, {
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
      const data = await sdk.client.fetch<AdminPortalSettingsResponse>(`${SETTINGS_PATH}/logo`, {
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
