import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyProcurementStaffWorkflow,
  SUPPLIER_EVENTS,
} from "../workflows/procurement/workflows/notify-procurement-staff"

/**
 * Tells staff a supplier acknowledged a purchase order or submitted a bill
 * (the `po_acknowledged` and `bill_submitted` alerts). Runs after the
 * supplier's action committed.
 */
export default async function procurementStaffAlerts({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const input =
    event.name === SUPPLIER_EVENTS.SUPPLIER_BILL_SUBMITTED
      ? { alert: "bill_submitted" as const, supplier_bill_id: event.data.id }
      : { alert: "po_acknowledged" as const, purchase_order_id: event.data.id }
  await notifyProcurementStaffWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: Object.values(SUPPLIER_EVENTS),
  context: { subscriberId: "portal-procurement-staff-alerts" },
}
