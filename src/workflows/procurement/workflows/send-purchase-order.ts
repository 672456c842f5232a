import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { type ContactEmail, emailCompanyContacts } from "../../portal/utils/email-company-contacts"
import { lockPurchaseOrder } from "../utils/lock-purchase-order"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { transitionPurchaseOrderStep } from "../steps/transition-purchase-order"
import { updatePurchaseOrderFieldsStep } from "../steps/write-purchase-order"
import {
  ensureInventoryLevelsStep,
  purchaseOrderLevels,
  syncIncomingStep,
} from "../utils/sync-incoming"

export type SendPurchaseOrderInput = { id: string; actor_id?: string }

export const PURCHASE_ORDER_SENT_TEMPLATE = "portal-contact-purchase-order-sent"

const assertHasLinesStep = createStep(
  "portal-assert-purchase-order-has-lines",
  async (po: { number: string; lines: unknown[] }) => {
    if (!po.lines.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Purchase order ${po.number} has no lines to send`
      )
    }
    return new StepResponse(undefined)
  }
)

/**
 * Staff send a draft (or a revised PO after a change request) to the supplier
 * (docs/ARCHITECTURE.md, "Procurement"): draft|change_requested → sent under
 * the PO's lock, the levels at the PO's location created where missing, each
 * level's incoming quantity rewritten under its lock, the `sent` event, and an
 * email to the supplier company's contacts who may see purchase orders.
 */
export const sendPurchaseOrderWorkflow = createWorkflow(
  "portal-send-purchase-order",
  (input: SendPurchaseOrderInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    assertHasLinesStep(purchaseOrder)
    const levels = transform({ purchaseOrder }, ({ purchaseOrder }) =>
      purchaseOrderLevels(purchaseOrder)
    )
    ensureInventoryLevelsStep(levels)
    transitionPurchaseOrderStep(
      transform({ purchaseOrder, levels }, ({ purchaseOrder, levels }) => ({
        purchase_order: purchaseOrder,
        to: "sent" as const,
        levels,
      }))
    )
    // A re-sent PO answers the supplier's change request.
    updatePurchaseOrderFieldsStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        id: purchaseOrder.id,
        change_request: purchaseOrder.change_request === null ? undefined : null,
      }))
    )
    syncIncomingStep(levels)
    const events = recordProcurementEventsStep(
      transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => [
        {
          purchase_order_id: purchaseOrder.id,
          type: "sent" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: { from: purchaseOrder.status },
        },
      ])
    )
    emailCompanyContacts(
      transform({ purchaseOrder, events }, ({ purchaseOrder, events }) => {
        const resent = purchaseOrder.status === "change_requested"
        return {
          company_id: purchaseOrder.supplier_company_id,
          kind: "purchase_orders",
          template: PURCHASE_ORDER_SENT_TEMPLATE,
          subject: {
            key: resent ? "purchase_order.revised_subject" : "purchase_order.sent_subject",
            values: { number: purchaseOrder.number },
          },
          lines: [
            {
              key: resent ? "purchase_order.revised_line" : "purchase_order.sent_line",
              values: { number: purchaseOrder.number },
            },
            { key: "purchase_order.review" },
          ],
          path: PORTAL_ACCOUNT_PATHS.purchaseOrder(purchaseOrder.id),
          data: {
            purchase_order_id: purchaseOrder.id,
            purchase_order_number: purchaseOrder.number,
          },
          // Each send is one occurrence: a re-send after a change request emails again.
          occurrence: `${purchaseOrder.id}:${events[0].id}`,
        } satisfies ContactEmail
      })
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.id })
  }
)
