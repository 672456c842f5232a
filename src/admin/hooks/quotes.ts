import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { QuoteLineJson, QuoteMessageJson } from "../../shared/quote-json"
import type { QuoteStatus } from "../../shared/quote-statuses"
import type { QuoteShippingAddress } from "../../shared/quote-address"
import type { QuoteTaxLine, QuoteTotals } from "../../shared/quote-totals"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
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

const BASE = "/admin/portal/quotes"

export const quotePdfPath = (id: string) => `${BASE}/${id}/signed-agreement/pdf`

export const quoteKeys = queryKeysFactory("quotes")

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
