import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobRunMessage, portalJobSchedule } from "../lib/jobs"
import {
  reconcileGraceMs,
  reconcileHalfDoneAcceptancesWorkflow,
} from "../workflows/quote/workflows/reconcile-half-done"

/**
 * Every five minutes, accepts and signings a dead process left half done are
 * rolled back and orphaned private files deleted (docs/ARCHITECTURE.md, "Crash safety").
 */
export default async function reconcileHalfDoneJob(container: MedusaContainer) {
  const { result } = await reconcileHalfDoneAcceptancesWorkflow(container).run({
    input: { grace_ms: reconcileGraceMs() },
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      jobRunMessage(
        config.name,
        result.rolled_back,
        `half-done acceptance(s) rolled back, ${result.files_deleted} private file(s) deleted, ${result.skipped} skipped`
      )
    )
}

export const config = {
  name: "portal-reconcile-half-done",
  schedule: portalJobSchedule("*/5 * * * *"),
}
