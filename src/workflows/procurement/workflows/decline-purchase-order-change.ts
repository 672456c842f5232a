import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import { type ContactEmail, emailCompanyContacts } from "../../portal/utils/email-company-contacts"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockPurchaseOrder } from "../utils/lock-purchase-order"
import { recordProcurementEventsStep } from "../steps/record-procurement-event"
import { transitionPurchaseOrderStep } from "../steps/transition-purchase-order"
import { updatePurchaseOrderFieldsStep } from "../steps/write-purchase-order"
import { purchaseOrderLevels } from "../utils/sync-incoming"

/** Only a PO whose supplier asked for a change has a change to decline (else 409). */
const assertChangeRequestedStep = createStep(
  "portal-assert-purchase-order-change-requested",
  async (po: { number: string; status: string }) => {
    if (po.status !== "change_requested") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Purchase order ${po.number} has no change request to decline`
      )
    }
    return new StepResponse(undefined)
  }
)

export const PURCHASE_ORDER_CHANGE_DECLINED_TEMPLATE =
  "portal-contact-purchase-order-change-declined"

export type DeclinePurchaseOrderChangeInput = {
  id: string
  message?: string | null
  actor_id?: string
}

/**
 * Staff keep the PO as sent after the supplier asked for a change
 * (change_requested → sent); the request is cleared and the answer recorded.
 * Both statuses are open, so the incoming quantities do not change. The
 * supplier's contacts who see purchase orders are emailed the answer, with
 * staff's message, as they were emailed the PO.
 */
export const declinePurchaseOrderChangeWorkflow = createWorkflow(
  "portal-decline-purchase-order-change",
  (input: DeclinePurchaseOrderChangeInput) => {
    const { lockKey, purchaseOrder } = lockPurchaseOrder(input.id)
    assertChangeRequestedStep(purchaseOrder)
    transitionPurchaseOrderStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        purchase_order: purchaseOrder,
        to: "sent" as const,
        levels: purchaseOrderLevels(purchaseOrder),
      }))
    )
    updatePurchaseOrderFieldsStep(
      transform({ purchaseOrder }, ({ purchaseOrder }) => ({
        id: purchaseOrder.id,
        change_request: null,
      }))
    )
    const events = recordProcurementEventsStep(
      transform({ purchaseOrder, input }, ({ purchaseOrder, input }) => [
        {
          purchase_order_id: purchaseOrder.id,
          type: "change_declined" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id ?? null,
          data: {
            change_request: purchaseOrder.change_request,
            ...(input.message ? { message: input.message } : {}),
          },
        },
      ])
    )
    emailCompanyContacts(
      transform({ purchaseOrder, input, events }, ({ purchaseOrder, input, events }) => {
        return {
          company_id: purchaseOrder.supplier_company_id,
          kind: "purchase_orders",
          template: PURCHASE_ORDER_CHANGE_DECLINED_TEMPLATE,
          subject: {
            key: "purchase_order.declined_subject",
            values: { number: purchaseOrder.number },
          },
          lines: [
            { key: "purchase_order.declined_line", values: { number: purchaseOrder.number } },
            ...(purchaseOrder.change_request
              ? [
                  {
                    key: "purchase_order.you_asked" as const,
                    values: { request: purchaseOrder.change_request },
                  },
                ]
              : []),
            { key: "purchase_order.acknowledge" },
          ],
          quote: input.message?.trim() || null,
          path: PORTAL_ACCOUNT_PATHS.purchaseOrder(purchaseOrder.id),
          data: {
            purchase_order_id: purchaseOrder.id,
            purchase_order_number: purchaseOrder.number,
          },
          occurrence: `${purchaseOrder.id}:${events[0].id}`,
        } satisfies ContactEmail
      })
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.id })
  }
)
