/**
 * The React Query keys of one resource (docs/ARCHITECTURE.md, "Admin extensions").
 * Every key starts with `all`, so invalidating it reloads the resource's lists and
 * records. The "portal" prefix keeps them apart from the keys of Medusa's own
 * dashboard, which shares the query client and caches other fields of the same records.
 */
export const queryKeysFactory = <const TResource extends string>(resource: TResource) => {
  const all = ["portal", resource] as const
  const lists = () => [...all, "list"] as const
  const details = () => [...all, "detail"] as const
  return {
    all,
    lists,
    /** One list request: the key carries everything the request sends. */
    list: (query: object = {}) => [...lists(), query] as const,
    details,
    detail: (id: string) => [...details(), id] as const,
  }
}
