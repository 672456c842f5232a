import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { loadPurchaseOrderStep } from "../steps/load-purchase-order"

/** How long a change may wait for the PO, and how long it may hold it (seconds). */
const LOCK_WAIT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

/**
 * Every status change and edit of a purchase order runs under the PO's lock,
 * `portal-po:<id>` (as quotes do, docs/ARCHITECTURE.md, "Concurrency"), then
 * reads the PO fresh. The caller ends with `releaseLockStep({ key: lockKey })`;
 * a failing workflow releases it through the acquire step's compensation.
 */
export function lockPurchaseOrder(id: string | WorkflowData<string>) {
  const lockKey = transform({ id }, ({ id }) => `portal-po:${id}`)
  acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
  const purchaseOrder = loadPurchaseOrderStep(id)
  return { lockKey, purchaseOrder }
}
