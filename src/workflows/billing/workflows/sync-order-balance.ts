import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderBalanceLockKey } from "./create-balance-invoice"
import { syncOrderBalanceStep } from "../steps/sync-order-balance"

export type SyncOrderBalanceWorkflowInput = { order_id: string }

/**
 * After Medusa changed what an order owes (an order edit, claim, exchange or
 * return): the unpaid balance collection and its balance invoice take the new
 * outstanding amount less any unpaid deposit, and an unpaid deposit keeps its
 * invoiced amount. Orders without our invoices are left as Medusa made them.
 */
export const syncOrderBalanceWorkflow = createWorkflow(
  "portal-sync-order-balance",
  (input: SyncOrderBalanceWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => orderBalanceLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const balance = syncOrderBalanceStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(balance)
  }
)
