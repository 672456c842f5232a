import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import type { InvoiceKind, InvoiceStatus } from "../../../modules/billing/status"
import { type Access, can, type Permission } from "../../../shared/permissions"
import { mayReachInvoice } from "../utils/invoice-access"

/** What the billing workflows read about an invoice before they act on it. */
export type LoadedInvoice = {
  id: string
  display_number: number | string
  kind: InvoiceKind
  status: InvoiceStatus
  amount: number
  currency_code: string
  due_at: Date | string
  paid_at: Date | string | null
  order_id: string
  quote_id: string | null
  payment_collection_id: string
  payment_collection: {
    id: string
    status: string
    payment_sessions: { id: string; status: string; provider_id: string }[]
    payments: { id: string; captured_at: Date | string | null; canceled_at: Date | string | null }[]
  } | null
  order: { id: string; region_id: string | null } | null
}

const INVOICE_WORKFLOW_FIELDS = [
  "id",
  "display_number",
  "kind",
  "status",
  "amount",
  "currency_code",
  "due_at",
  "paid_at",
  "order_id",
  "quote_id",
  "payment_collection_id",
  "payment_collection.id",
  "payment_collection.status",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payments.id",
  "payment_collection.payments.captured_at",
  "payment_collection.payments.canceled_at",
  "order.id",
  "order.region_id",
]

export type LoadInvoiceInput = {
  id: string
  /**
   * Who is acting, for buyers and members (none: staff). An invoice the access
   * does not reach (another quote's, another company's) is as unknown as one
   * that never existed (docs/ARCHITECTURE.md, "Member API: orders and invoices").
   */
  access?: Access
  /** What the access must allow, checked here too, so no caller skips the route's guard. */
  permission?: Permission
}

/** Loads one invoice with its payment collection; an unknown id is a 404. */
export const loadInvoiceStep = createStep(
  "portal-load-invoice",
  async ({ id, access, permission }: LoadInvoiceInput, { container }) => {
    if (access && permission && !can(access, permission)) {
      throw refusal(MedusaError.Types.FORBIDDEN, "access.teams_forbid", {
        permission,
        context: "unnamed",
      })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "portal_invoice",
      fields: INVOICE_WORKFLOW_FIELDS,
      filters: { id },
    })
    const invoice = data[0] as unknown as LoadedInvoice | undefined
    if (!invoice || (access && !(await mayReachInvoice(container, access, invoice)))) {
      throw refusal(MedusaError.Types.NOT_FOUND, "billing.not_found", { id })
    }
    return new StepResponse(invoice)
  }
)
