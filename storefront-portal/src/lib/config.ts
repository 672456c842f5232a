/**
 * Where the portal finds its Medusa backend. A deployment either builds with
 * VITE_* variables, or serves one build everywhere and injects
 * `window.__PORTAL_CONFIG__` into index.html (the demo and the browser tests do).
 */
export type PortalConfig = {
  backendUrl: string
  publishableKey: string
  /** Set when the store takes card payments through Stripe's Payment Element. */
  stripePublishableKey?: string
  /**
   * How a signed-in contact is remembered: "jwt" (default) keeps Medusa's token
   * in localStorage and sends it as a bearer, which works from any origin;
   * "session" uses Medusa's session cookie, which works only when the portal
   * and the backend are same-site (README, "Signing in to the portal").
   */
  authType: "jwt" | "session"
  /**
   * The store's language for pages whose reader's language is not known and whose browser
   * asks for none the portal has (the server's `PORTAL_LOCALE`; README, "Languages").
   */
  defaultLanguage?: string
}

declare global {
  interface Window {
    __PORTAL_CONFIG__?: Partial<PortalConfig>
  }
}

export function readConfig(): PortalConfig {
  const injected = window.__PORTAL_CONFIG__ ?? {}
  return {
    backendUrl:
      injected.backendUrl ?? import.meta.env.VITE_MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    publishableKey: injected.publishableKey ?? import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY ?? "",
    stripePublishableKey:
      injected.stripePublishableKey ?? import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY ?? undefined,
    authType:
      (injected.authType ?? import.meta.env.VITE_PORTAL_AUTH) === "session" ? "session" : "jwt",
    defaultLanguage: injected.defaultLanguage ?? import.meta.env.VITE_PORTAL_LANGUAGE ?? undefined,
  }
}

export const config = readConfig()
