import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ContactEmailSwitches, emailOptOuts } from "../../../shared/contact-emails"
import { accountsService } from "./portal-service"

export type SaveContactPreferencesInput = {
  customer_id: string
  marketing_opt_in?: boolean
  emails?: Partial<ContactEmailSwitches>
  /** Their language; null takes the choice back (the company's applies again). */
  language?: string | null
}

type Saved = {
  id: string
  language: string | null
  email_opt_outs: Record<string, unknown>
  marketing_opt_in: boolean
  marketing_opt_in_changed_at: Date | null
}

/**
 * Applies a contact's changes to their preferences row (created on first
 * change): the kinds of email switched, the language, and the marketing consent, stamped
 * with when it last changed. Compensation puts the row back as it was.
 */
export const saveContactPreferencesStep = createStep(
  "portal-save-contact-preferences",
  async (input: SaveContactPreferencesInput, { container }) => {
    if (input.marketing_opt_in === undefined && !input.emails && input.language === undefined) {
      return new StepResponse(undefined, undefined as Saved | undefined)
    }
    const accounts = accountsService(container)
    const before = await accounts.ensureContactPreferences(input.customer_id)
    const consentChanged =
      input.marketing_opt_in !== undefined && input.marketing_opt_in !== before.marketing_opt_in
    await accounts.updatePortalContactPreferences({
      id: before.id,
      email_opt_outs: emailOptOuts(
        before.email_opt_outs as unknown as string[],
        input.emails ?? {}
      ) as unknown as Record<string, unknown>,
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(consentChanged
        ? { marketing_opt_in: input.marketing_opt_in, marketing_opt_in_changed_at: new Date() }
        : {}),
    })
    const saved: Saved = {
      id: before.id,
      language: before.language ?? null,
      email_opt_outs: before.email_opt_outs,
      marketing_opt_in: before.marketing_opt_in,
      marketing_opt_in_changed_at: before.marketing_opt_in_changed_at ?? null,
    }
    return new StepResponse(undefined, saved)
  },
  async (before, { container }) => {
    if (!before) return
    await accountsService(container).updatePortalContactPreferences(before)
  }
)
