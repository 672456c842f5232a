import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStaffGroupStep, validateStaffGroupStep } from "../steps/staff-groups"

export type CreateStaffGroupWorkflowInput = { name: string; user_ids: string[]; actor_id: string }

/**
 * Staff name a list of admin users that alerts can go to (docs/ARCHITECTURE.md,
 * "Settings"): users must be admin users (400), names unique (409).
 */
export const createStaffGroupWorkflow = createWorkflow(
  "portal-create-staff-group",
  (input: CreateStaffGroupWorkflowInput) => {
    validateStaffGroupStep(input)
    return new WorkflowResponse(createStaffGroupStep(input))
  }
)
