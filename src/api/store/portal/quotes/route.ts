import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseQuoteNumber } from "../../../../modules/quote/status"
import { listPage } from "../../../utils/list-page"
import { MEMBER_QUOTE_LIST_FIELDS, presentMemberQuoteSummary } from "../../../utils/quote-view"
import type { MemberRequest } from "../authorize-member"
import type { StoreMemberListQuotesParamsType } from "./validators"

/**
 * The active company's quotes the merchant has sent, newest first by default,
 * filtered by status and quote number.
 */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  const { status, q, limit, offset, order } = req.validatedQuery as StoreMemberListQuotesParamsType
  const filters: Record<string, unknown> = {
    company_id: req.access.company_id,
    status: status ?? { $ne: "draft" },
  }
  if (q) filters.display_number = parseQuoteNumber(q) ?? -1
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
  res.setHeader("Cache-Control", "no-store")
  res.json({ quotes: data.map(presentMemberQuoteSummary), ...listPage(data, metadata) })
}
