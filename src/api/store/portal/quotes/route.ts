import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import { parseQuoteNumber } from "../../../../modules/quote/status"
import { memberVisible } from "../../../../workflows/quote/utils/buyer-access"
import type { MemberAccess } from "../../../../shared/permissions"
import { listPage } from "../../../utils/list-page"
import { MEMBER_QUOTE_LIST_FIELDS } from "./query-config"
import { presentMemberQuoteSummary } from "./presenters"
import type { MemberRequest } from "../authorize-member"
import type { StoreMemberListQuotesParamsType } from "./validators"
import type { StorePortalQuoteListResponse } from "../../../../shared/http"

/**
 * The active company's quotes the merchant has sent or is preparing from a
 * member's request (`memberVisible`), newest first by default,
 * filtered by status, quote number and unread replies; each with its
 * `unread_count`, the staff messages after the contact's read marker
 * (docs/ARCHITECTURE.md, "Read markers").
 */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalQuoteListResponse>
) => {
  const { status, q, has_unread, limit, offset, order } =
    req.validatedQuery as StoreMemberListQuotesParamsType
  const unread = await unreadReplies(req.scope, req.access)
  res.setHeader("Cache-Control", "no-store")
  if (has_unread === "true" && !unread.size) {
    return res.json({ quotes: [], count: 0, offset, limit })
  }
  const filters: Record<string, unknown> = {
    company_id: req.access.company_id,
    ...memberVisible(status === undefined ? undefined : [status].flat()),
  }
  if (q) filters.display_number = parseQuoteNumber(q) ?? -1
  if (has_unread === "true") filters.id = [...unread.keys()]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_quote",
    fields: MEMBER_QUOTE_LIST_FIELDS,
    filters,
    pagination: {
      skip: offset,
      take: limit,
      order: { [order!.replace(/^-/, "")]: order!.startsWith("-") ? "DESC" : "ASC" },
    },
  })
  res.json({
    quotes: data.map((record) => ({
      ...presentMemberQuoteSummary(record),
      unread_count: unread.get(record.id) ?? 0,
    })),
    ...listPage(data, metadata),
  })
}

/** Quote id → staff messages the contact has not read, for the active company's quotes. */
async function unreadReplies(
  scope: MedusaContainer,
  access: MemberAccess
): Promise<Map<string, number>> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const quotes: QuoteModuleService = scope.resolve(QUOTE_MODULE)
  const markers = await portal.listPortalQuoteReads(
    { customer_id: access.customer_id },
    { select: ["quote_id", "read_at"] }
  )
  const reads = Object.fromEntries(markers.map((marker) => [marker.quote_id, marker.read_at]))
  return quotes.countUnreadReplies(access.company_id, reads)
}
