import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  loadStaffGroupStep,
  updateStaffGroupStep,
  validateStaffGroupStep,
} from "../steps/staff-groups"

export type UpdateStaffGroupWorkflowInput = {
  id: string
  name?: string
  user_ids?: string[]
  actor_id: string
}

/** Staff rename a staff group or change its users; records who changed it last. */
export const updateStaffGroupWorkflow = createWorkflow(
  "portal-update-staff-group",
  (input: UpdateStaffGroupWorkflowInput) => {
    loadStaffGroupStep(input.id)
    validateStaffGroupStep(
      transform({ input }, ({ input }) => ({
        name: input.name,
        user_ids: input.user_ids,
        exclude_id: input.id,
      }))
    )
    return new WorkflowResponse(updateStaffGroupStep(input))
  }
)
