import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalQuoteBody,
  AdminPortalQuoteItemBody,
  AdminPortalQuoteListParams,
  AdminPortalQuoteListResponse,
  AdminPortalQuoteMessageResponse,
  AdminPortalQuoteResponse,
  AdminPortalQuoteSendResponse,
  AdminUpdatePortalQuoteBody,
} from "../../shared/http/quotes"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export { QUOTE_STATUSES, type QuoteStatus } from "../../shared/quote-statuses"

/** The admin's names for the quote routes' shapes (src/shared/http/quotes.ts). */
export type {
  AdminCreatePortalQuoteBody as CreateQuoteInput,
  AdminPortalIssuedQuoteLink as IssuedLink,
  AdminPortalQuote as Quote,
  AdminPortalQuoteCustomer as QuoteCustomer,
  AdminPortalQuoteDetail as QuoteDetail,
  AdminPortalQuoteEvent as QuoteEvent,
  AdminPortalQuoteItem as QuoteItem,
  AdminPortalQuoteItemBody as QuoteItemInput,
  AdminPortalQuoteMessage as QuoteMessage,
  AdminUpdatePortalQuoteBody as QuoteTermsInput,
} from "../../shared/http/quotes"

/** A page of the quote list: the page sets limit and offset. */
export type QuoteListParams = AdminPortalQuoteListParams & { limit: number; offset: number }

const BASE = "/admin/portal/quotes"

export const quotePdfPath = (id: string) => `${BASE}/${id}/signed-agreement/pdf`

export const quoteKeys = queryKeysFactory("quotes")

export function useQuotes(params: QuoteListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: quoteKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalQuoteListResponse>(BASE, {
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
    queryFn: () => sdk.client.fetch<AdminPortalQuoteResponse>(`${BASE}/${id}`),
    select: (data) => data.quote,
    retry: (count, error) => !isNotFound(error) && count < 2,
    enabled: options.enabled,
  })
}

/** Every quote mutation answers the quote as it now is; the cache takes it as the truth. */
function useQuoteMutation<TInput, TResult extends AdminPortalQuoteResponse>(
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
  return useQuoteMutation((input: AdminCreatePortalQuoteBody) =>
    sdk.client.fetch<AdminPortalQuoteResponse>(BASE, { method: "POST", body: input })
  )
}

export type QuoteChanges = {
  terms: AdminUpdatePortalQuoteBody
  added: AdminPortalQuoteItemBody[]
  updated: Array<{ id: string } & Partial<AdminPortalQuoteItemBody>>
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
    sdk.client.fetch<AdminPortalQuoteSendResponse>(`${BASE}/${id}/send`, {
      method: "POST",
    })
  )
}

export function useRevokeQuoteLink(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<AdminPortalQuoteResponse>(`${BASE}/${id}/link/revoke`, { method: "POST" })
  )
}

export function useTakeUpQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<AdminPortalQuoteResponse>(`${BASE}/${id}/take-up`, { method: "POST" })
  )
}

export function useCancelQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<AdminPortalQuoteResponse>(`${BASE}/${id}/cancel`, { method: "POST" })
  )
}

export function useDuplicateQuote(id: string) {
  return useQuoteMutation((_: void) =>
    sdk.client.fetch<AdminPortalQuoteResponse>(`${BASE}/${id}/duplicate`, { method: "POST" })
  )
}

export function useReplyToQuote(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: string) =>
      sdk.client.fetch<AdminPortalQuoteMessageResponse>(`${BASE}/${id}/messages`, {
        method: "POST",
        body: { body },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quoteKeys.detail(id) }),
  })
}
