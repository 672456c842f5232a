import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import type { QuoteLineJson, QuoteMessageJson } from "../../shared/quote-json"
import type { QuoteStatus } from "../../shared/quote-statuses"
import type { QuoteShippingAddress } from "../../shared/quote-address"
import type { QuoteTaxLine, QuoteTotals } from "../../shared/quote-totals"
import type { CatalogPrice } from "../components/quotes/catalog-price"
import { errorMessage, isNotFound } from "../lib/errors"
import { sdk } from "../lib/sdk"

/** The admin API's shapes (src/api/admin/portal/quotes, src/api/utils/quote-view.ts). */
export { QUOTE_STATUSES, type QuoteStatus } from "../../shared/quote-statuses"

export type QuoteItem = QuoteLineJson & { product_id: string | null }

export type QuoteCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
}

export type QuoteEvent = {
  id: string
  type: string
  actor_type: "customer" | "staff" | "system"
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type QuoteMessage = QuoteMessageJson

export type QuoteLink = {
  id: string
  expires_at: string
  revoked_at: string | null
  created_at: string
}

export type SignedAgreement = {
  id: string
  template_id: string
  template_version: number
  signer_name: string
  signer_email: string
  signed_at: string
  ip: string | null
  user_agent: string | null
  identified_by: "link" | "login"
  consent_text: string
  document_sha256: string
  pdf_sha256: string
  signature_sha256: string
  selected_item_ids: string[]
}

/** What staff may do now; the server derives it from the quote status machine. */
export type QuoteActions = {
  edit: boolean
  send: boolean
  cancel: boolean
  duplicate: boolean
  /** A member's request: staff take it up as a draft to price and send. */
  take_up: boolean
}

export type Quote = {
  id: string
  number: string
  display_number: number
  status: QuoteStatus
  customer_id: string
  customer_email: string
  /** The portal company the quote is for (one the customer is a contact of), or none. */
  company_id: string | null
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string
  valid_until: string | null
  deposit_percent: number | null
  deposit_amount: number | null
  terms: string | null
  internal_note: string | null
  agreement_template_id: string | null
  /** Staff alerted when the buyer opens, asks, accepts or declines. */
  assigned_user_ids: string[] | null
  /** A copy of one of the customer's addresses; tax is computed for it. */
  shipping_address: QuoteShippingAddress | null
  shipping_option_id: string | null
  shipping_method_name: string | null
  shipping_amount: number | null
  shipping_tax_lines: QuoteTaxLine[] | null
  order_id: string | null
  sent_at: string | null
  accepted_at: string | null
  declined_at: string | null
  decline_reason: string | null
  cancelled_at: string | null
  expired_at: string | null
  last_viewed_at: string | null
  created_at: string
  updated_at: string
  items: QuoteItem[]
  customer: QuoteCustomer | null
  totals: QuoteTotals
}

export type QuoteDetail = Quote & {
  messages: QuoteMessage[]
  events: QuoteEvent[]
  links: QuoteLink[]
  order: { id: string; display_id: number; status: string } | null
  actions: QuoteActions
  signed_agreement: SignedAgreement | null
}

/** The one-time answer of send: the link's URL is never shown again. */
export type IssuedLink = { id: string; url: string; expires_at: string }

export type QuoteItemInput = {
  variant_id?: string | null
  title: string
  description?: string | null
  quantity: number
  unit_price: number
  discount_percent?: number
  is_optional?: boolean
  is_selected?: boolean
  position?: number
}

export type QuoteTermsInput = {
  region_id?: string | null
  sales_channel_id?: string | null
  valid_until?: string | null
  deposit_percent?: number | null
  deposit_amount?: number | null
  terms?: string | null
  internal_note?: string | null
  agreement_template_id?: string | null
  assigned_user_ids?: string[]
  /** One of the customer's addresses; on creation, by default their default shipping address. */
  shipping_address_id?: string
  /** A flat-rate shipping option; null removes the shipping method (and its freight). */
  shipping_option_id?: string | null
  /** Freight for this quote instead of the option's flat price. */
  shipping_amount?: number | null
  /** One of the customer's companies, or null; left out on creation, their single active one. */
  company_id?: string | null
}

export type CreateQuoteInput = QuoteTermsInput & {
  customer_id: string
  currency_code: string
  items: QuoteItemInput[]
}

export type QuoteListParams = {
  limit: number
  offset: number
  q?: string
  status?: QuoteStatus[]
  customer_id?: string
  order_id?: string
}

export type Invoice = {
  id: string
  number: string
  kind: "deposit" | "balance" | "final"
  status: "unpaid" | "paid" | "overdue" | "void"
  amount: number
  currency_code: string
  due_at: string
  paid_at: string | null
}

const BASE = "/admin/portal/quotes"

export const quotePdfPath = (id: string) => `${BASE}/${id}/signed-agreement/pdf`

export const quoteKeys = {
  all: ["portal", "quotes"] as const,
  list: (params: object) => [...quoteKeys.all, "list", params] as const,
  detail: (id: string) => [...quoteKeys.all, "detail", id] as const,
  invoices: (id: string) => [...quoteKeys.all, "invoices", id] as const,
}

export { errorMessage, isNotFound }

export function useQuotes(params: QuoteListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: quoteKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<{ quotes: Quote[]; count: number; offset: number; limit: number }>(BASE, {
        query: {
          limit: params.limit,
          offset: params.offset,
          q: params.q || undefined,
          status: params.status?.length ? params.status : undefined,
          customer_id: params.customer_id || undefined,
          order_id: params.order_id || undefined,
          order: "-created_at",
        },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  })
}

export function useQuote(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: quoteKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ quote: QuoteDetail }>(`${BASE}/${id}`),
    select: (data) => data.quote,
    retry: (count, error) => !isNotFound(error) && count < 2,
    enabled: options.enabled,
  })
}

export function useQuoteInvoices(quoteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: quoteKeys.invoices(quoteId),
    queryFn: () =>
      sdk.client.fetch<{ invoices: Invoice[]; count: number }>("/admin/portal/invoices", {
        query: { quote_id: quoteId, limit: 50 },
      }),
    select: (data) => data.invoices,
    enabled: options.enabled,
  })
}

/** Every quote mutation answers the quote as it now is; the cache takes it as the truth. */
function useQuoteMutation<TInput, TResult extends { quote: QuoteDetail }>(
  mutationFn: (input: TInput) => Promise<TResult>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      queryClient.setQueryData(quoteKeys.detail(result.quote.id), { quote: result.quote })
      return queryClient.invalidateQueries({ queryKey: quoteKeys.all })
    },
  })
}

export function useCreateQuote() {
  return useQuoteMutation((input: CreateQuoteInput) =>
    sdk.client.fetch<{ quote: QuoteDetail }>(BASE, { method: "POST", body: input })
  )
}

export type QuoteChanges = {
  terms: QuoteTermsInput
  added: QuoteItemInput[]
  updated: Array<{ id: string } & Partial<QuoteItemInput>>
  removed: string[]
}

/**
 * Saves an edit the way the API takes it: the changed terms, then removed,
 * changed and added lines. Each call is its own workflow; a failure stops the
 * rest, and the page then shows the quote as the server holds it.
 */
export function useUpdateQuote(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (changes: QuoteChanges) => {
      if (Object.keys(changes.terms).length) {
        await sdk.client.fetch(`${BASE}/${id}`, { method: "POST", body: changes.terms })
      }
      for (const itemId of changes.removed) {
        await sdk.client.fetch(`${BASE}/${id}/items/${itemId}`, { method: "DELETE" })
      }
      for (const { id: itemId, ...item } of changes.updated) {
        await sdk.client.fetch(`${BASE}/${id}/items/${itemId}`, { method: "POST", body: item })
      }
      if (changes.added.length) {
        await sdk.client.fetch(`${BASE}/${id}/items`, {
          method: "POST",
          body: { items: changes.added },
        })
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: quoteKeys.all }),
  })
}

/** Sending again revokes every earlier link: the buyer's old link stops working. */
export function useSendQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<{ quote: QuoteDetail; link: IssuedLink }>(`${BASE}/${id}/send`, {
      method: "POST",
    })
  )
}

export function useRevokeQuoteLink(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<{ quote: QuoteDetail }>(`${BASE}/${id}/link/revoke`, { method: "POST" })
  )
}

export function useTakeUpQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<{ quote: QuoteDetail }>(`${BASE}/${id}/take-up`, { method: "POST" })
  )
}

export function useCancelQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<{ quote: QuoteDetail }>(`${BASE}/${id}/cancel`, { method: "POST" })
  )
}

export function useDuplicateQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<{ quote: QuoteDetail }>(`${BASE}/${id}/duplicate`, { method: "POST" })
  )
}

export function useReplyToQuote(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: string) =>
      sdk.client.fetch<{ message: QuoteMessage }>(`${BASE}/${id}/messages`, {
        method: "POST",
        body: { body },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quoteKeys.detail(id) }),
  })
}

/** The value, once it has stopped changing for `delay` ms (for search boxes). */
export function useDebouncedValue<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return debounced
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,company_name"

/** Medusa customers matching a search, for the pickers. */
export function useCustomerSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  return useQuery({
    queryKey: ["portal", "quote-pickers", "customers", q],
    queryFn: () =>
      sdk.admin.customer.list({ q: q || undefined, limit: 10, fields: CUSTOMER_FIELDS }),
    select: (data) => data.customers as unknown as QuoteCustomer[],
    placeholderData: keepPreviousData,
  })
}

export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "customer", id],
    queryFn: () => sdk.admin.customer.retrieve(id!, { fields: CUSTOMER_FIELDS }),
    select: (data) => data.customer as unknown as QuoteCustomer,
    enabled: !!id,
  })
}

export type RegionOption = { id: string; name: string; currency_code: string }

export function useRegions() {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "regions"],
    queryFn: () => sdk.admin.region.list({ limit: 100, fields: "id,name,currency_code" }),
    select: (data) => data.regions as RegionOption[],
    staleTime: 60_000,
  })
}

/** The store's default sales channel: the one a quote's order is placed in. */
export function useDefaultSalesChannelId() {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "store"],
    queryFn: () => sdk.admin.store.list({ fields: "id,default_sales_channel_id" }),
    select: (data) => data.stores[0]?.default_sales_channel_id ?? null,
    staleTime: 60_000,
  })
}

export type VariantOption = {
  id: string
  product_title: string
  title: string
  sku: string | null
  thumbnail: string | null
  prices: CatalogPrice[]
}

/**
 * Product variants matching a search, with their prices: the form fills a
 * line's unit price from them for the quote's currency, region and quantity.
 */
export function useVariantSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  return useQuery({
    queryKey: ["portal", "quote-pickers", "variants", q],
    queryFn: () =>
      sdk.admin.product.list({
        q: q || undefined,
        limit: 10,
        fields: "id,title,thumbnail,*variants,*variants.prices",
      }),
    select: (data): VariantOption[] =>
      data.products.flatMap((product) =>
        (product.variants ?? []).map((variant) => ({
          id: variant.id,
          product_title: product.title,
          title: variant.title ?? "",
          sku: variant.sku ?? null,
          thumbnail: product.thumbnail ?? null,
          prices: (variant.prices ?? []) as unknown as CatalogPrice[],
        }))
      ),
    placeholderData: keepPreviousData,
  })
}

/** One of the customer's addresses as Medusa's admin API lists it. */
export type CustomerAddressOption = Omit<QuoteShippingAddress, "customer_address_id"> & {
  id: string
  is_default_shipping: boolean
}

/** The customer's addresses (Medusa's admin API), for the quote's shipping address. */
export function useCustomerAddresses(customerId: string | null | undefined) {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "customer-addresses", customerId],
    queryFn: () =>
      sdk.client.fetch<{ addresses: CustomerAddressOption[] }>(
        `/admin/customers/${customerId}/addresses`,
        {
          query: {
            limit: 100,
            // Medusa's default fields leave out which address is the default one.
            fields:
              "id,first_name,last_name,company,address_1,address_2,city,postal_code,province,country_code,phone,is_default_shipping",
          },
        }
      ),
    select: (data) => data.addresses,
    enabled: !!customerId,
  })
}

export type ShippingOptionChoice = {
  id: string
  name: string
  /** The flat price in the quote's currency, when the option has one. */
  amount: number | null
}

type AdminShippingOption = {
  id: string
  name: string
  price_type: "flat" | "calculated"
  prices?: Array<{ amount: number; currency_code: string | null }> | null
  rules?: Array<{ attribute: string; value: string | string[] }> | null
}

/** Medusa marks a return option with the rule is_return = "true". */
const isReturnOption = (option: AdminShippingOption) =>
  (option.rules ?? []).some((rule) => rule.attribute === "is_return" && rule.value === "true")

/**
 * Flat-rate outbound shipping options, with their price in the quote's
 * currency. Medusa 2.21's GET /admin/shipping-options filters neither by
 * price_type nor (without an is_return rule on the option) by direction, so
 * both are left out here; the server refuses a calculated option too.
 */
export function useShippingOptions(currencyCode: string) {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "shipping-options"],
    queryFn: () =>
      sdk.client.fetch<{ shipping_options: AdminShippingOption[] }>("/admin/shipping-options", {
        query: { limit: 100, fields: "id,name,price_type,*prices,*rules" },
      }),
    select: (data): ShippingOptionChoice[] =>
      data.shipping_options
        .filter((option) => option.price_type === "flat" && !isReturnOption(option))
        .map((option) => ({
          id: option.id,
          name: option.name,
          amount:
            option.prices?.find(
              (price) => price.currency_code?.toLowerCase() === currencyCode.toLowerCase()
            )?.amount ?? null,
        })),
    staleTime: 60_000,
  })
}

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** The store's admin users, whom a quote can be assigned to. */
export function useStaffUsers() {
  return useQuery({
    queryKey: ["portal", "quote-pickers", "users"],
    queryFn: () =>
      sdk.client.fetch<{ users: StaffUser[] }>("/admin/users", {
        query: { limit: 100, fields: "id,email,first_name,last_name" },
      }),
    select: (data) => data.users,
    staleTime: 60_000,
  })
}
