import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { updatePortalSettingsWorkflow } from "../workflows/update-portal-settings"

export const PORTAL_CHANNEL = {
  name: "Client Portal",
  description: "Products the client portal shows its members (managed by the Client Portal plugin)",
  key_title: "Client Portal",
}

export type PortalChannel = {
  sales_channel: { id: string; name: string }
  publishable_key: { id: string; token: string }
}

/**
 * The portal's sales channel and publishable key, made when first needed or again if the
 * merchant deleted them, under one lock so concurrent first calls create each once
 * (docs/ARCHITECTURE.md, "Portal sales channel").
 */
export async function ensurePortalChannel(container: MedusaContainer): Promise<PortalChannel> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute("portal-sales-channel", () => ensureUnlocked(container), {
    timeout: 30,
  })
}

/** The portal channel's id, made first if there is none yet (no lock when there is). */
export async function portalSalesChannelId(container: MedusaContainer): Promise<string> {
  const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  return settings.portal_sales_channel_id ?? (await ensurePortalChannel(container)).sales_channel.id
}

async function ensureUnlocked(container: MedusaContainer): Promise<PortalChannel> {
  const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const settings = await portal.getSettings()

  let channel: { id: string; name: string } | undefined
  if (settings.portal_sales_channel_id) {
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "name"],
      filters: { id: settings.portal_sales_channel_id },
    })
    channel = data[0]
  }
  if (!channel) {
    const {
      result: [created],
    } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: PORTAL_CHANNEL.name, description: PORTAL_CHANNEL.description }],
      },
    })
    channel = { id: created.id, name: created.name }
  }

  let key: { id: string; token: string; channel_ids: string[] } | undefined
  if (settings.portal_publishable_key_id) {
    const { data } = await query.graph({
      entity: "api_key",
      fields: ["id", "token", "revoked_at", "sales_channels.id"],
      filters: { id: settings.portal_publishable_key_id },
    })
    const live = data.find((row) => !row.revoked_at)
    if (live) {
      key = {
        id: live.id,
        token: live.token,
        channel_ids: (live.sales_channels ?? []).flatMap((row) => (row ? [row.id] : [])),
      }
    }
  }
  if (!key) {
    const {
      result: [created],
    } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [
          { title: PORTAL_CHANNEL.key_title, type: "publishable", created_by: "client-portal" },
        ],
      },
    })
    key = { id: created.id, token: created.token, channel_ids: [] }
  }
  if (!key.channel_ids.includes(channel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [channel.id] },
    })
  }

  if (
    settings.portal_sales_channel_id !== channel.id ||
    settings.portal_publishable_key_id !== key.id
  ) {
    await updatePortalSettingsWorkflow(container).run({
      input: { portal_sales_channel_id: channel.id, portal_publishable_key_id: key.id },
    })
  }
  return { sales_channel: channel, publishable_key: { id: key.id, token: key.token } }
}
