import { statusLabel } from "../labels"
import { choosePaymentProvider, paymentProviderName } from "../payment-providers"

describe("choosePaymentProvider", () => {
  it("uses Stripe when the region has it and the portal has Stripe's key", () => {
    expect(choosePaymentProvider(["pp_system_default", "pp_stripe_stripe"], true)).toBe(
      "pp_stripe_stripe"
    )
  })

  it("falls back to a provider without a card form when the portal has no Stripe key", () => {
    expect(choosePaymentProvider(["pp_stripe_stripe", "pp_system_default"], false)).toBe(
      "pp_system_default"
    )
  })

  it("answers null when only Stripe is enabled but the portal cannot show its form", () => {
    expect(choosePaymentProvider(["pp_stripe_stripe"], false)).toBeNull()
  })

  it("answers null when the region has no provider", () => {
    expect(choosePaymentProvider([], true)).toBeNull()
  })
})

describe("paymentProviderName", () => {
  it("names Medusa's system provider, Stripe and any other provider for people", () => {
    expect(paymentProviderName("pp_system_default")).toBe("Manual payment")
    expect(paymentProviderName("pp_stripe_stripe")).toBe("Stripe")
    expect(paymentProviderName("pp_paypal_paypal")).toBe("Paypal")
  })
})

describe("statusLabel", () => {
  it("capitalises a stored status and spells out underscores", () => {
    expect(statusLabel("pending")).toBe("Pending")
    expect(statusLabel("partially_captured")).toBe("Partially captured")
    expect(statusLabel(null)).toBe("")
  })
})
