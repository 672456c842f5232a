import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The named places a crash test may stop a workflow at (docs/ARCHITECTURE.md, "Crash safety"). */
export type CrashPoint = "sign:after-files" | "accept:after-status"

/**
 * Does nothing, unless `PORTAL_CRASH_POINT` names this point: then it logs
 * `Client portal: crash point <name> reached` and never returns, so that
 * `npm run test:crash` can SIGKILL the process exactly here and prove the
 * reconciler clears what was left half done. Give each use its own step name
 * with `.config({ name })`.
 */
export const crashPointStep = createStep(
  "portal-crash-point",
  async ({ name }: { name: CrashPoint }, { container }) => {
    if (process.env.PORTAL_CRASH_POINT === name) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Client portal: crash point ${name} reached`)
      await new Promise<void>(() => {})
    }
    return new StepResponse({ passed: name })
  }
)
