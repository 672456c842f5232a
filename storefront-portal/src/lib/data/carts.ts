import type { StorePortalOrderDetail } from "@shared/http/orders"
import { presentOrderTotals } from "@shared/totals-presentation"
import { useQuery } from "@tanstack/react-query"
import { isNotFound } from "../api"
import { memberFetch, memberSdk } from "../member-api"

// The member's portal cart is Medusa's own cart, made under the portal's
// publishable key with the member's login, then recorded for the company they
// act for (`POST /store/portal/cart-company`), so Medusa prices it for that
// company (README, "Catalog", Carts; docs/ARCHITECTURE.md, "Storefront portal").
// One cart per company on this device.

const cartKey = (companyId: string) => `portal_cart:${companyId}`

const stored = {
  get: (companyId: string): string | null => {
    try {
      return localStorage.getItem(cartKey(companyId))
    } catch {
      return null
    }
  },
  set: (companyId: string, id: string | null) => {
    try {
      if (id) localStorage.setItem(cartKey(companyId), id)
      else localStorage.removeItem(cartKey(companyId))
    } catch {
      // Private mode without storage: a new cart next time.
    }
  },
}

/**
 * The fields the cart page and checkout read: Medusa's own totals, which
 * presentOrderTotals (src/shared/totals-presentation.ts) turns into pre-tax
 * lines and rows that add up. Amounts are absent while prices are hidden.
 */
export type PortalCart = {
  id: string
  currency_code: string
  region_id?: string | null
  shipping_address?: CartAddress | null
  completed_at?: string | null
  items?: {
    id: string
    product_id?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    title: string
    quantity: number
    unit_price?: number
    subtotal?: number
  }[]
  shipping_methods?: { name?: string | null; shipping_option_id?: string | null }[] | null
  item_subtotal?: number
  discount_subtotal?: number
  shipping_subtotal?: number
  credit_line_total?: number
  tax_total?: number
  total?: number
}

/** A shipping address as Medusa's carts, orders and customer addresses have it. */
export type CartAddress = NonNullable<StorePortalOrderDetail["shipping_address"]>

// Medusa's default cart fields (totals, lines with adjustments and tax lines, the
// address, the shipping methods) plus what the default leaves out.
const CART_FIELDS = "+items.subtotal,+shipping_methods.name"

/** The company's open cart on this device, or null (none yet, completed or gone). */
export async function currentCart(companyId: string): Promise<PortalCart | null> {
  const id = stored.get(companyId)
  if (!id) return null
  try {
    const { cart } = (await memberSdk.store.cart.retrieve(id, {
      fields: CART_FIELDS,
    })) as unknown as {
      cart: PortalCart
    }
    if (cart.completed_at) {
      stored.set(companyId, null)
      return null
    }
    return cart
  } catch (error) {
    if (!isNotFound(error)) throw error
    stored.set(companyId, null)
    return null
  }
}

/** The open cart, or a new one priced for the company. */
async function ensureCart(companyId: string): Promise<string> {
  const existing = await currentCart(companyId)
  if (existing) return existing.id
  const { cart } = await memberSdk.store.cart.create({}, { fields: "id" })
  await memberFetch("/store/portal/cart-company", { method: "POST", body: { cart_id: cart.id } })
  stored.set(companyId, cart.id)
  return cart.id
}

export async function addToCart(companyId: string, variantId: string, quantity: number) {
  const cartId = await ensureCart(companyId)
  await memberSdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity })
}

export const updateLine = (cartId: string, lineId: string, quantity: number) =>
  memberSdk.store.cart.updateLineItem(cartId, lineId, { quantity })

export const removeLine = (cartId: string, lineId: string) =>
  memberSdk.store.cart.deleteLineItem(cartId, lineId)

/** Forgets the company's cart on this device: the next Add to cart starts a fresh one. */
export const forgetCart = (companyId: string) => stored.set(companyId, null)

/** Medusa's cart totals as the one presentation of totals: pre-tax lines, then the rows. */
export const cartTotals = (cart: PortalCart) =>
  presentOrderTotals({
    ...cart,
    items: cart.items?.map((item) => ({ ...item, unit_price: item.unit_price ?? 0 })),
    item_subtotal: cart.item_subtotal,
    tax_total: cart.tax_total,
    total: cart.total,
  })

/** Asks the merchant to price the cart (`POST /store/portal/quote-requests`): answers the new quote. */
export const requestQuote = (cartId: string, note: string) =>
  memberFetch<{ quote: { id: string } }>("/store/portal/quote-requests", {
    method: "POST",
    body: { cart_id: cartId, ...(note.trim() ? { note } : {}) },
  })

export const setCartAddress = (cartId: string, address: Record<string, string | undefined>) =>
  memberSdk.store.cart.update(cartId, { shipping_address: address, billing_address: address })

export const setShippingOption = (cartId: string, optionId: string) =>
  memberSdk.store.cart.addShippingMethod(cartId, { option_id: optionId })

/** Pays with the provider and completes the cart: Medusa's order, or its reason why not. */
export async function placeOrder(cartId: string, providerId: string) {
  const { cart: payable } = await memberSdk.store.cart.retrieve(cartId, {
    fields: "id,payment_collection.id",
  })
  await memberSdk.store.payment.initiatePaymentSession(payable, { provider_id: providerId })
  return memberSdk.store.cart.complete(cartId)
}

export const cartKeys = {
  all: ["cart"] as const,
  /** The company's open cart on this device. */
  detail: (companyId: string) => [...cartKeys.all, companyId] as const,
}

/** The checkout's lookups, apart from the cart's key: a changed cart does not refetch them. */
export const checkoutKeys = {
  addresses: () => ["customer-addresses"] as const,
  regionCountries: (regionId: string | null | undefined) => ["region-countries", regionId] as const,
  shippingOptions: (cartId: string, countryCode: string | null | undefined) =>
    ["cart-shipping-options", cartId, countryCode] as const,
  paymentProviders: (regionId: string | null | undefined) =>
    ["payment-providers", regionId] as const,
}

export const useCart = (companyId: string) =>
  useQuery({ queryKey: cartKeys.detail(companyId), queryFn: () => currentCart(companyId) })

/** The contact's saved addresses (Medusa's customer addresses), to ship the cart to. */
export const useSavedAddresses = () =>
  useQuery({
    queryKey: checkoutKeys.addresses(),
    queryFn: async () => {
      const { customer } = await memberSdk.store.customer.retrieve({ fields: "id,*addresses" })
      return (customer.addresses ?? []) as (CartAddress & { id: string })[]
    },
  })

/** The countries of the cart's region, for a new address. */
export const useRegionCountries = (regionId: string | null | undefined) =>
  useQuery({
    queryKey: checkoutKeys.regionCountries(regionId),
    queryFn: async () =>
      (
        await memberSdk.store.region.retrieve(regionId ?? "", {
          fields: "id,countries.iso_2,countries.display_name",
        })
      ).region.countries?.filter((country) => country.iso_2) ?? [],
    enabled: !!regionId,
  })

/** The shipping options for the cart at its address. */
export const useShippingOptions = (cart: PortalCart) =>
  useQuery({
    queryKey: checkoutKeys.shippingOptions(cart.id, cart.shipping_address?.country_code),
    queryFn: async () =>
      (await memberSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })).shipping_options,
  })

/** The payment providers of the cart's region. */
export const usePaymentProviders = (regionId: string | null | undefined) =>
  useQuery({
    queryKey: checkoutKeys.paymentProviders(regionId),
    queryFn: async () =>
      (await memberSdk.store.payment.listPaymentProviders({ region_id: regionId ?? "" }))
        .payment_providers,
    enabled: !!regionId,
  })
