/** A list hook's options: a dashboard panel the contact may not see asks nothing. */
export type ListOptions = { enabled?: boolean }
