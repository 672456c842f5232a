import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../../../modules/agreement"
import type AgreementModuleService from "../../../../modules/agreement/service"
import {
  canTransition,
  isDuplicable,
  isEditable,
  type QuoteStatus,
} from "../../../../modules/quote/status"
import type {
  AdminPortalQuote,
  AdminPortalQuoteActions,
  AdminPortalQuoteDetail,
  AdminPortalSignedAgreement,
} from "../../../../shared/http"
import { presentQuote, type QuoteLike } from "../../../utils/present-quote"
import { ADMIN_QUOTE_FIELDS } from "./query-config"

// What the admin quote routes answer (src/shared/http/quotes.ts).

/** The audit trail of a signed agreement that staff see; the frozen document stays in the PDF. */
const ADMIN_SIGNED_AGREEMENT_FIELDS = [
  "id",
  "template_id",
  "template_version",
  "template_language",
  "signer_name",
  "signer_email",
  "signed_at",
  "ip",
  "user_agent",
  "identified_by",
  "consent_text",
  "document_sha256",
  "pdf_sha256",
  "signature_sha256",
  "selected_item_ids",
] as const

/**
 * What staff may do with the quote now, from the status machine, so the admin
 * shows only the actions the server will accept.
 */
export function adminQuoteActions(status: QuoteStatus): AdminPortalQuoteActions {
  return {
    edit: isEditable(status),
    send: canTransition(status, "sent"),
    // A member's request: staff take it up as a draft to price (docs/ARCHITECTURE.md, "Quote requests").
    take_up: canTransition(status, "draft"),
    cancel: canTransition(status, "cancelled"),
    duplicate: isDuplicable(status),
  }
}

/**
 * The quote as the admin shows it: without `fields`, the full view with the
 * actions staff may take and the signed agreement; with `fields`, just those.
 */
export async function fetchAdminQuote(
  scope: MedusaContainer,
  id: string,
  fields?: string[]
): Promise<AdminPortalQuoteDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: fields ?? ADMIN_QUOTE_FIELDS,
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote ${id} was not found`)
  }
  // Query's dates become the contract's strings in JSON (docs/ARCHITECTURE.md, "Routes and guards").
  const quote = presentQuote(data[0]) as unknown as AdminPortalQuoteDetail
  // Only the asked fields: a caller that names them reads only those.
  if (fields) return quote
  const agreements: AgreementModuleService = scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: id },
    { select: [...ADMIN_SIGNED_AGREEMENT_FIELDS] }
  )
  return {
    ...quote,
    actions: adminQuoteActions(quote.status as QuoteStatus),
    signed_agreement: (signed ?? null) as unknown as AdminPortalSignedAgreement | null,
  }
}

/** The admin list's quotes, each with its number and totals; Query's dates are strings in JSON. */
export const presentAdminQuotes = (records: QuoteLike[]) =>
  records.map((record) => presentQuote(record) as unknown as AdminPortalQuote)
