import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadAgreementParties } from "../utils/agreement-parties"

export const loadAgreementPartiesStep = createStep(
  "portal-load-agreement-parties",
  async (
    {
      quote,
    }: {
      quote: { customer_id: string; customer_email: string; agreement_template_id?: string | null }
    },
    { container }
  ) => new StepResponse(await loadAgreementParties(container, quote))
)
