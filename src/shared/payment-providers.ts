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
