import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import {
  type PurchaseOrderLineInput,
  resolvePurchaseOrderLinesStep,
  validatePurchaseOrderPartiesStep,
} from "../steps/resolve-purchase-order-lines"
import { createPurchaseOrderStep } from "../steps/write-purchase-order"

export type CreatePurchaseOrderInput = {
  supplier_company_id: string
  stock_location_id: string
  currency_code: string
  notes?: string | null
  lines: PurchaseOrderLineInput[]
  /** The admin user creating it. */
  actor_id?: string
}

/**
 * Staff draft a purchase order to a supplier company for goods delivered to a
 * stock location (docs/ARCHITECTURE.md, "Procurement"). Nothing is incoming
 * until it is sent.
 */
export const createPurchaseOrderWorkflow = createWorkflow(
  "portal-create-purchase-order",
  (input: CreatePurchaseOrderInput) => {
    const header = transform({ input }, ({ input }) => ({
      supplier_company_id: input.supplier_company_id,
      stock_location_id: input.stock_location_id,
      currency_code: String(input.currency_code ?? "").toLowerCase(),
    }))
    validatePurchaseOrderPartiesStep(header)
    const lines = resolvePurchaseOrderLinesStep(transform({ input }, ({ input }) => input.lines))
    const created = createPurchaseOrderStep(
      transform({ input, header, lines }, ({ input, header, lines }) => ({
        ...header,
        notes: input.notes ?? null,
        created_by: input.actor_id ?? null,
        lines,
      }))
    )
    recordProcurementEventsStep(
      transform({ created, lines, input }, ({ created, lines, input }) => [
        {
          purchase_order_id: created.id,
          type: "created" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: { line_count: lines.length },
        },
      ])
    )
    return new WorkflowResponse(created)
  }
)
