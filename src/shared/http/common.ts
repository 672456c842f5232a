/**
 * Shapes every resource of the HTTP contract shares (docs/ARCHITECTURE.md,
 * "Routes and guards"): the types in src/shared/http are what the routes answer
 * and take, as JSON (timestamps are ISO strings); the server, the admin and the
 * storefront all import them.
 */

/** A list answer: the page's records under the resource's plural key, and where the page is. */
export type PaginatedResponse<T> = T & { count: number; offset: number; limit: number }

/** What a DELETE answers, as Medusa's routes do. */
export type DeleteResponse<TObject extends string> = { id: string; object: TObject; deleted: true }

/** The paging parameters of a list route. */
export type FindParams = {
  limit?: number
  offset?: number
  /** A column of the route, optionally with a leading `-` for descending. */
  order?: string
  /** Comma-separated fields the route serves. */
  fields?: string
}

/** A filter given once or repeated (`?status=a&status=b`). */
export type OneOrMany<T> = T | T[]

/** A short reference to an order: enough to link to it. */
export type PortalOrderRef = { id: string; display_id: number }

/** A short reference to a quote: enough to link to it. */
export type PortalQuoteRef = { id: string; number: string }
