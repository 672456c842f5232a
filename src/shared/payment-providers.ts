/** Medusa's Stripe providers are registered as pp_stripe_<id> (pp_stripe_stripe, …). */
export const isStripeProvider = (providerId: string) => providerId.startsWith("pp_stripe")

/**
 * The provider a buyer pays an invoice with, from those enabled in the order's
 * region: Stripe (its Payment Element) when the portal has Stripe's publishable
 * key, otherwise the first provider that needs no card form; null when none can.
 */
export function choosePaymentProvider(
  providers: readonly string[],
  stripeConfigured: boolean
): string | null {
  const stripe = providers.find(isStripeProvider)
  if (stripe && stripeConfigured) return stripe
  return providers.find((id) => !isStripeProvider(id)) ?? null
}

/**
 * A provider's name as people read it: Medusa's system provider (money taken
 * outside Medusa, e.g. bank transfer) is "Manual payment", Stripe's are
 * "Stripe", any other `pp_<name>_<id>` is its capitalised name.
 */
export function paymentProviderName(providerId: string): string {
  if (providerId.startsWith("pp_system")) return "Manual payment"
  if (isStripeProvider(providerId)) return "Stripe"
  const name = providerId.replace(/^pp_/, "").split("_")[0] ?? providerId
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : providerId
}
