/** A page of a member list route: the records under their name, then the count and the window. */
export type Page<K extends string, T> = { [key in K]: T[] } & {
  count: number
  offset: number
  limit: number
}

/** What every member list route takes. */
export type ListQuery = { limit?: number; offset?: number; status?: readonly string[] }

/** A list hook's options: a dashboard panel the contact may not see asks nothing. */
export type ListOptions = { enabled?: boolean }
