import { updateCustomersStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ContactEmailSwitches } from "../../../shared/contact-emails"
import { saveContactPreferencesStep } from "../steps/contact-preferences"

export type UpdateContactProfileWorkflowInput = {
  customer_id: string
  first_name?: string
  last_name?: string
  /** null clears it. */
  phone?: string | null
  marketing_opt_in?: boolean
  emails?: Partial<ContactEmailSwitches>
  language?: string | null
}

const CUSTOMER_FIELDS = ["first_name", "last_name", "phone"] as const

/**
 * A contact changes their own profile (docs/ARCHITECTURE.md, "Contact
 * emails"): name and phone on their Medusa customer, with Medusa's own step;
 * marketing consent and email kinds in the portal's preferences.
 */
export const updateContactProfileWorkflow = createWorkflow(
  "portal-update-contact-profile",
  (input: UpdateContactProfileWorkflowInput) => {
    const customerUpdate = transform({ input }, ({ input }) =>
      Object.fromEntries(
        CUSTOMER_FIELDS.filter((field) => input[field] !== undefined).map((field) => [
          field,
          input[field],
        ])
      )
    )
    when({ customerUpdate }, ({ customerUpdate }) => Object.keys(customerUpdate).length > 0).then(
      () => {
        updateCustomersStep(
          transform({ input, customerUpdate }, ({ input, customerUpdate }) => ({
            selector: { id: input.customer_id },
            update: customerUpdate,
          }))
        )
      }
    )
    saveContactPreferencesStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        marketing_opt_in: input.marketing_opt_in,
        emails: input.emails,
        language: input.language,
      }))
    )
    return new WorkflowResponse({ customer_id: input.customer_id })
  }
)
