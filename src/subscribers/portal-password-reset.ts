import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import {
  emailPasswordReset,
  type PasswordResetEvent,
} from "../workflows/portal/utils/email-password-reset"

/**
 * Medusa's `auth.password_reset`: a portal contact's reset (actor `customer`,
 * `metadata.portal === true`) gets the portal's email. No workflow: the token
 * must not enter one, since the engine may store workflow inputs
 * (docs/ARCHITECTURE.md, "Contact emails").
 */
export default async function portalPasswordReset({
  event,
  container,
}: SubscriberArgs<PasswordResetEvent>) {
  await emailPasswordReset(container, event.data)
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "portal-password-reset" },
}
