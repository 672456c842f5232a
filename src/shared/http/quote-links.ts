import type { StoreCreatePortalQuoteMessageBody, StoreSignPortalQuoteBody } from "./quotes"

// A link holder's quote (docs/ARCHITECTURE.md, "Routes and guards"):
// /store/portal/quote-links/:token/**. The routes are the member's quote
// routes with the link as the credential, so they answer the types of
// ./quotes.ts (StorePortalQuoteViewResponse, …) and of ./invoices.ts
// (StorePortalQuoteInvoice…). Only the bodies differ: a link holder names
// themselves.

/** Through a link the signer types their email; a signed-in contact signs with their login's. */
export type StoreSignPortalQuoteLinkBody = StoreSignPortalQuoteBody & { signer_email: string }

/** Through a link the asker may give their name. */
export type StoreCreatePortalQuoteLinkMessageBody = StoreCreatePortalQuoteMessageBody & {
  author_name?: string
}
