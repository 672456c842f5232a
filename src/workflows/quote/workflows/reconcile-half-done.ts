import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteOrphanedPrivateFilesStep,
  findHalfDoneAcceptancesStep,
  rollBackHalfDoneAcceptancesStep,
} from "../steps/reconcile-half-done"

/**
 * How long an accept or signing may stay half done before the reconciler
 * treats it as dead: well above the quote lock's 120 s lifetime, so a running
 * request is never mistaken for a dead one.
 */
export const HALF_DONE_GRACE_MS = 10 * 60 * 1000

/** The grace period in ms: PORTAL_RECONCILE_GRACE_MS when set (0 or more), else HALF_DONE_GRACE_MS. */
export function reconcileGraceMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.PORTAL_RECONCILE_GRACE_MS)
  return env.PORTAL_RECONCILE_GRACE_MS && Number.isInteger(value) && value >= 0
    ? value
    : HALF_DONE_GRACE_MS
}

export type ReconcileHalfDoneInput = {
  /** Only what is older than this is touched; the default is HALF_DONE_GRACE_MS. */
  grace_ms?: number
}

/**
 * Clears what a process that died mid-accept or mid-signing left behind, without relying on
 * Medusa resuming or compensating a dead workflow, which is not guaranteed. Idempotent
 * (docs/ARCHITECTURE.md, "Crash safety").
 */
export const reconcileHalfDoneAcceptancesWorkflow = createWorkflow(
  "portal-reconcile-half-done-acceptances",
  (input: ReconcileHalfDoneInput) => {
    const cutoff = transform(
      { input },
      ({ input }) => new Date(Date.now() - Math.max(0, input.grace_ms ?? HALF_DONE_GRACE_MS))
    )
    const candidates = findHalfDoneAcceptancesStep({ cutoff })
    const quotes = rollBackHalfDoneAcceptancesStep(
      transform({ candidates }, ({ candidates }) => ({ quote_ids: candidates.quote_ids }))
    )
    const orphans = deleteOrphanedPrivateFilesStep(
      transform({ candidates }, ({ candidates }) => ({ file_ids: candidates.orphan_file_ids }))
    )
    return new WorkflowResponse(
      transform({ quotes, orphans }, ({ quotes, orphans }) => ({
        quotes,
        rolled_back: quotes.filter((q) => q.outcome === "rolled_back").length,
        skipped: quotes.filter((q) => q.outcome === "skipped").length,
        files_deleted: orphans + quotes.reduce((sum, q) => sum + q.files_deleted, 0),
      }))
    )
  }
)
