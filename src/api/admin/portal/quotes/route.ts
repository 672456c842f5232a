import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseQuoteNumber } from "../../../../modules/quote/status"
import { createQuoteWorkflow } from "../../../../workflows/quote"
import { fetchAdminQuote, presentAdminQuotes } from "./presenters"
import { runWorkflow } from "../../../utils/run-workflow"
import type { AdminCreateQuoteType, AdminListQuotesParamsType } from "./validators"
import type {
  AdminPortalQuoteListResponse,
  AdminPortalQuoteResponse,
} from "../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListQuotesParamsType>,
  res: MedusaResponse<AdminPortalQuoteListResponse>
) => {
  const { q, status, customer_id, order_id } = req.filterableFields as AdminListQuotesParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (customer_id) filters.customer_id = customer_id
  if (order_id) filters.order_id = order_id
  if (q) {
    const number = parseQuoteNumber(q)
    if (number != null) filters.display_number = number
    else filters.customer_email = { $ilike: `%${q}%` }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_quote",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    quotes: presentAdminQuotes(data),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateQuoteType>,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  const quote = await runWorkflow(createQuoteWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ quote: await fetchAdminQuote(req.scope, quote.id) })
}
