import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertStaffGroupUnusedStep,
  loadStaffGroupStep,
  softDeleteStaffGroupStep,
} from "../steps/staff-groups"

/**
 * Staff delete a staff group; refused (409) while an alert still goes to it, so
 * no alert silently loses its recipients.
 */
export const deleteStaffGroupWorkflow = createWorkflow(
  "portal-delete-staff-group",
  (input: { id: string; actor_id: string }) => {
    loadStaffGroupStep(input.id)
    assertStaffGroupUnusedStep(input.id)
    softDeleteStaffGroupStep(input)
    return new WorkflowResponse(input.id)
  }
)
