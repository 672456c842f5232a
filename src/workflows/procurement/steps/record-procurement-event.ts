import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import type {
  ProcurementActorType,
  ProcurementEventType,
} from "../../../modules/procurement/status"

export type ProcurementEventData = {
  purchase_order_id: string
  type: ProcurementEventType
  actor_type: ProcurementActorType
  actor_id?: string | null
  supplier_bill_id?: string | null
  data?: Record<string, unknown> | null
}

/** Appends to a purchase order's timeline (its bills' events included); compensation removes them. */
export const recordProcurementEventsStep = createStep(
  "portal-record-procurement-events",
  async (events: ProcurementEventData[], { container }) => {
    if (!events.length) return new StepResponse([], [] as string[])
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const created = await procurement.createPortalProcurementEvents(
      events.map(({ purchase_order_id, ...event }) => ({
        ...event,
        purchase_order_id,
      }))
    )
    return new StepResponse(
      created,
      created.map((event) => event.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    await procurement.deletePortalProcurementEvents(ids)
  }
)
