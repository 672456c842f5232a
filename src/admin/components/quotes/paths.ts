/** Where the quote pages live in the admin. */
export const quotesPath = "/quotes"

export const quotePath = (id: string) => `${quotesPath}/${id}`

export const editQuotePath = (id: string) => `${quotesPath}/${id}/edit`

/** The create page, with the customer already chosen when coming from their page. */
export const createQuotePath = (customerId?: string) =>
  customerId
    ? `${quotesPath}/create?customer_id=${encodeURIComponent(customerId)}`
    : `${quotesPath}/create`
