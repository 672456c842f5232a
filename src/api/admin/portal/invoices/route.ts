import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBalanceInvoiceWorkflow } from "../../../../workflows/billing"
import { runWorkflow } from "../../../utils/run-workflow"
import { fetchAdminInvoice, presentAdminInvoice } from "./presenters"
import type { AdminCreateInvoiceType, AdminListInvoicesParamsType } from "./validators"
import type {
  AdminPortalInvoiceListResponse,
  AdminPortalInvoiceResponse,
} from "../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListInvoicesParamsType>,
  res: MedusaResponse<AdminPortalInvoiceListResponse>
) => {
  const { status, kind, order_id, quote_id } = req.filterableFields as AdminListInvoicesParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (kind) filters.kind = kind
  if (order_id) filters.order_id = order_id
  if (quote_id) filters.quote_id = quote_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_invoice",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    invoices: data.map(presentAdminInvoice),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** Issues the balance invoice of an order: its total less the deposit, on its balance collection. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateInvoiceType>,
  res: MedusaResponse<AdminPortalInvoiceResponse>
) => {
  const { order_id, due_at } = req.validatedBody
  const invoice = await runWorkflow(createBalanceInvoiceWorkflow, req.scope, { order_id, due_at })
  res.status(201).json({ invoice: await fetchAdminInvoice(req.scope, invoice.id) })
}
