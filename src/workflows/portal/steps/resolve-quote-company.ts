import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountsService } from "./portal-service"

/**
 * The company a quote is for (docs/ARCHITECTURE.md, "Accounts"). Given
 * (`company_id`), the customer must be a member of it (400); given as null,
 * none; not given, on creation the company of the customer's single active
 * membership (none when they have zero or several). Changing it is for
 * drafts only (409). Answers undefined when the quote's company stays as is.
 * A re-quote (`previous_company_id`) keeps its original's company while the
 * customer is still an active member of it, else falls back to the default.
 */
export const resolveQuoteCompanyStep = createStep(
  "portal-resolve-quote-company",
  async (
    input: {
      customer_id: string
      company_id?: string | null
      /** On a re-quote: the original quote's company. */
      previous_company_id?: string | null
      /** Set on updates: the quote's status and company now. */
      quote?: { status: string; company_id?: string | null }
    },
    { container }
  ) => {
    const accounts = accountsService(container)
    if (input.company_id === undefined) {
      if (input.quote) return new StepResponse(undefined as string | null | undefined)
      const active = await accounts.listPortalMembers(
        { customer_id: input.customer_id, status: "active" },
        { select: ["company_id"] }
      )
      const previous = active.find((member) => member.company_id === input.previous_company_id)
      if (previous) return new StepResponse(previous.company_id as string)
      return new StepResponse(active.length === 1 ? (active[0].company_id as string) : null)
    }
    if (
      input.quote &&
      input.quote.company_id !== input.company_id &&
      input.quote.status !== "draft"
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The company of a quote can only change while it is a draft"
      )
    }
    if (input.company_id === null) return new StepResponse(null)
    const [member] = await accounts.listPortalMembers(
      { customer_id: input.customer_id, company_id: input.company_id },
      { take: 1 }
    )
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The quote's customer is not a member of company ${input.company_id}`
      )
    }
    return new StepResponse(input.company_id)
  }
)
