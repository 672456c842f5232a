import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendSignedAgreementEmailStep } from "../steps/send-signed-agreement-email"

/** Run by a subscriber after signing has committed: an email failure never undoes a signature. */
export const sendSignedAgreementEmailWorkflow = createWorkflow(
  "portal-send-signed-agreement-email",
  (input: { signed_agreement_id: string }) =>
    new WorkflowResponse(sendSignedAgreementEmailStep(input))
)
