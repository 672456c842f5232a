import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import Stripe from "stripe"
import { STAND_IN_API_KEY, STAND_IN_URL_ENV, STAND_IN_WEBHOOK_SECRET } from "./stripe-stand-in"

/** What each webhook delivery came to, in order: the action Medusa was told, or the error. */
export type HandledWebhook = { action?: string; error?: string }
const HANDLED = "__portalStripeStandInWebhooks"

/** The deliveries the provider has verified (or refused) so far in this process. */
export function handledWebhooks(): HandledWebhook[] {
  const store = globalThis as unknown as Record<string, HandledWebhook[]>
  return (store[HANDLED] ??= [])
}

/**
 * Tests only: Medusa's own Stripe provider, unchanged but for its Stripe
 * client, which talks to the local stand-in (the provider builds
 * `new Stripe(apiKey)` with no host option). Registered as `pp_stripe_stripe`
 * by medusa-config.ts when `PORTAL_TEST_STRIPE_STAND_IN_URL` is set.
 */
class StandInStripeProvider extends StripeProviderService {
  static validateOptions() {}

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    const merged = {
      apiKey: STAND_IN_API_KEY,
      webhookSecret: STAND_IN_WEBHOOK_SECRET,
      capture: true,
      ...options,
    }
    super(cradle, merged as never)
    const url = new URL(process.env[STAND_IN_URL_ENV] ?? "http://127.0.0.1:9")
    this.stripe_ = new Stripe(STAND_IN_API_KEY, {
      host: url.hostname,
      port: Number(url.port),
      protocol: "http",
      maxNetworkRetries: 0,
    }) as never
  }

  async getWebhookActionAndData(
    payload: Parameters<StripeProviderService["getWebhookActionAndData"]>[0]
  ) {
    try {
      const result = await super.getWebhookActionAndData(payload)
      handledWebhooks().push({ action: result.action })
      return result
    } catch (error) {
      handledWebhooks().push({ error: (error as Error).message })
      throw error
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [StandInStripeProvider] })
