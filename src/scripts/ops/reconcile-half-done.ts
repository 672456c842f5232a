import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  reconcileGraceMs,
  reconcileHalfDoneAcceptancesWorkflow,
} from "../../workflows/quote/workflows/reconcile-half-done"

/**
 * `medusa exec ./src/scripts/ops/reconcile-half-done.ts`: one run of the
 * reconciler the scheduled job runs (docs/ARCHITECTURE.md, "Crash safety"),
 * with PORTAL_RECONCILE_GRACE_MS as the grace period. Prints its result as one
 * JSON line starting with `reconcile:` (the crash test reads it).
 */
export default async function reconcileHalfDone({ container }: ExecArgs) {
  const { result } = await reconcileHalfDoneAcceptancesWorkflow(container).run({
    input: { grace_ms: reconcileGraceMs() },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`reconcile: ${JSON.stringify(result)}`)
}
