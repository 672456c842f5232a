import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseQuoteNumber } from "../../../../modules/quote/status"
import { createQuoteWorkflow } from "../../../../workflows/quote"
import { fetchAdminQuote, presentQuote } from "../../../utils/quote-view"
import { runWorkflow } from "../../../utils/run-workflow"
import type { AdminCreateQuoteType, AdminListQuotesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListQuotesParamsType>,
  res: MedusaResponse
) => {
  const { q, ...filters } = req.filterableFields as AdminListQuotesParamsType
  const number = q ? parseQuoteNumber(q) : null
  const search = q
    ? number != null
      ? { display_number: number }
      : { customer_email: { $ilike: `%${q}%` } }
    : {}
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_quote",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...search },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    quotes: data.map(presentQuote),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateQuoteType>,
  res: MedusaResponse
) => {
  const quote = await runWorkflow(createQuoteWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ quote: await fetchAdminQuote(req.scope, quote.id) })
}
