import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const DEMO_STORE = {
  name: "Northwind Industrial Supply",
  currency_code: "usd",
  region: { name: "North America", countries: ["us", "ca"] },
  sales_channel: {
    name: "B2B Portal",
    description: "Wholesale orders placed through quotes and the client portal (demo)",
  },
  publishable_key_title: "Client portal (demo)",
}

/** Medusa's built-in manual provider: lets the demo's deposit invoice be paid without a gateway. */
export const DEMO_PAYMENT_PROVIDER = "pp_system_default"

export type DemoStore = {
  store_id: string
  name: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  publishable_key: string
}

/**
 * The shop itself: a USD region, the sales channel the portal sells through
 * (the store's default) and a publishable key scoped to it. Medusa creates the
 * store record on first boot; this names and configures it.
 */
export async function seedStore(container: MedusaContainer): Promise<DemoStore> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannelId = await ensureSalesChannel(container)
  const regionId = await ensureRegion(container)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)

  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) {
    throw new Error(
      "No store found: Medusa creates one on boot, so the migrations may not have run"
    )
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO_STORE.name,
        supported_currencies: [{ currency_code: DEMO_STORE.currency_code, is_default: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })
  logger.info(`Demo store "${DEMO_STORE.name}" is ready`)

  return {
    store_id: store.id,
    name: DEMO_STORE.name,
    currency_code: DEMO_STORE.currency_code,
    region_id: regionId,
    sales_channel_id: salesChannelId,
    publishable_key: publishableKey,
  }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const { name, description } = DEMO_STORE.sales_channel
  const [existing] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name }, { select: ["id"], take: 1 })
  if (existing) return existing.id
  const {
    result: [created],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name, description }] },
  })
  return created.id
}

/** The USD region, with the system payment provider enabled (added to an older demo region too). */
async function ensureRegion(container: MedusaContainer): Promise<string> {
  const { name, countries } = DEMO_STORE.region
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name },
  })
  const existing = data[0]
  if (existing) {
    const providers = (existing.payment_providers ?? []).flatMap((provider) =>
      provider ? [provider.id] : []
    )
    if (!providers.includes(DEMO_PAYMENT_PROVIDER)) {
      // The workflow sets the region's whole list, so keep the providers it already has.
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: existing.id },
          update: { payment_providers: [...providers, DEMO_PAYMENT_PROVIDER] },
        },
      })
    }
    return existing.id
  }
  const {
    result: [created],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name,
          currency_code: DEMO_STORE.currency_code,
          countries,
          payment_providers: [DEMO_PAYMENT_PROVIDER],
        },
      ],
    },
  })
  return created.id
}

/** The key storefront calls (and the demo's curl) send as `x-publishable-api-key`. */
async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const title = DEMO_STORE.publishable_key_title
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { title, type: "publishable" },
  })
  const live = data.find((key) => !key.revoked_at)
  let key: { id: string; token: string; sales_channel_ids: string[] }
  if (live) {
    key = {
      id: live.id,
      token: live.token,
      sales_channel_ids: (live.sales_channels ?? []).flatMap((channel) =>
        channel ? [channel.id] : []
      ),
    }
  } else {
    const {
      result: [created],
    } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "demo-seed" }] },
    })
    key = { id: created.id, token: created.token, sales_channel_ids: [] }
  }
  if (!key.sales_channel_ids.includes(salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }
  return key.token
}
