/** Where the conversation pages live in the admin. */
export const conversationsPath = "/conversations"

export const conversationPath = (id: string) => `${conversationsPath}/${id}`

/** The list, narrowed to one company's threads. */
export const companyConversationsPath = (companyId: string) =>
  `${conversationsPath}?company_id=${encodeURIComponent(companyId)}`
