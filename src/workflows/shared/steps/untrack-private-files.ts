import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

/**
 * The action that stored these tracked files has finished: they are no longer
 * candidates for the reconciler (docs/ARCHITECTURE.md, "Crash safety"). Nothing
 * to undo: if a later step fails, `storeFileStep`'s compensation deletes the
 * files themselves.
 */
export const untrackPrivateFilesStep = createStep(
  "portal-untrack-private-files",
  async ({ file_ids }: { file_ids: string[] }, { container }) => {
    if (!file_ids.length) return new StepResponse(0)
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const rows = await agreements.listPortalPrivateFiles({ file_id: file_ids }, { select: ["id"] })
    if (rows.length) await agreements.deletePortalPrivateFiles(rows.map((row) => row.id))
    return new StepResponse(rows.length)
  }
)
