import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  StepResponse,
  transform,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { type EmailBranding, renderEmail } from "../../../lib/email/layout"
import { type EmailLine, type EmailText, emailWriter } from "../../../lib/email/text"
import type { CompanyEmailKind } from "../../../shared/contact-emails"
import type { PortalFeature } from "../../../shared/portal-settings"
import { emailBrandingStep } from "../../shared/utils/email-branding"
import { portalUrl } from "../../shared/utils/urls"
import {
  type ContactEmailRecipient,
  contactEmailRecipientsStep,
} from "../steps/contact-email-recipients"

/** One thing a company's contacts hear about (docs/ARCHITECTURE.md, "Contact emails"). */
export type ContactEmail = {
  /** The company the record belongs to; none: nobody is emailed. */
  company_id: string | null | undefined
  kind: CompanyEmailKind
  template: string
  /** Sentences of the `email` catalog, written in each contact's language. */
  subject: EmailText
  /** What happened, a paragraph each (escaped for the HTML part). */
  lines: EmailLine[]
  /** Words staff wrote that the contact should read in the email itself; signed with the merchant's name. */
  quote?: string | null
  /** The portal page the email opens (PORTAL_ACCOUNT_PATHS); never a token. */
  path: string
  /** Stored with each notification and logged by the local provider: ids and numbers only. */
  data: Record<string, unknown>
  /** Names this occurrence (a message, a fulfillment): a repeated event sends nothing new. */
  occurrence?: string
  exclude_customer_ids?: string[]
  /** Only these contacts, if the rule lets them (a conversation's participants). */
  only_customer_ids?: string[]
  /** The optional feature the email is about: nobody hears of it while it is off. */
  feature?: PortalFeature
}

/** The page's absolute URL on the configured portal (`portalUrl` / `PORTAL_URL`). */
const portalPageUrlStep = createStep(
  "portal-contact-email-url",
  async (path: string, { container }) => {
    return new StepResponse(portalUrl(container, path))
  }
)

/**
 * Sends them; a mail server that refuses is logged, not fatal, so the staff action
 * that caused the email (a PO sent, a change declined) stands. Medusa marks those
 * notifications failed, and a later send of the same occurrence tries again.
 */
const sendContactEmailsStep = createStep(
  "portal-send-contact-emails",
  async (notifications: CreateNotificationDTO[], { container }) => {
    if (!notifications.length) return new StepResponse([])
    try {
      const sent = await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
      return new StepResponse(sent)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Contact emails ${notifications[0].template} were not all sent: ${error}`)
      return new StepResponse([])
    }
  }
)

export function contactNotifications(
  email: ContactEmail,
  recipients: ContactEmailRecipient[],
  url: string,
  branding: EmailBranding
): CreateNotificationDTO[] {
  return recipients.map((recipient) => {
    const write = emailWriter(recipient.language)
    return {
      to: recipient.email,
      channel: "email",
      template: email.template,
      content: renderEmail(
        branding,
        {
          subject: write(email.subject),
          greeting: write(
            recipient.first_name
              ? { key: "contact.greeting", values: { name: recipient.first_name } }
              : { key: "contact.greeting_anonymous" }
          ),
          paragraphs: email.lines.map(write),
          quote: email.quote ? { author: branding.name, text: email.quote } : null,
          action: { label: write({ key: "contact.open" }), url },
        },
        recipient.language
      ),
      data: { ...email.data, kind: email.kind, company_id: email.company_id },
      ...(email.occurrence
        ? { idempotency_key: `${email.template}:${email.occurrence}:${recipient.customer_id}` }
        : {}),
    }
  })
}

/**
 * Emails the company's contacts who should hear about `email` (the one rule,
 * `contactEmailRecipients`), each with a link to the portal page. The URL and
 * the text go in `content`, which Medusa never stores; `data` holds ids only.
 */
export function emailCompanyContacts(email: WorkflowData<ContactEmail>) {
  const recipients = contactEmailRecipientsStep(
    transform({ email }, ({ email }) => ({
      company_id: email.company_id,
      kind: email.kind,
      exclude_customer_ids: email.exclude_customer_ids,
      only_customer_ids: email.only_customer_ids,
      feature: email.feature,
    }))
  )
  const url = portalPageUrlStep(transform({ email }, ({ email }) => email.path))
  const branding = emailBrandingStep()
  return sendContactEmailsStep(
    transform({ email, recipients, url, branding }, ({ email, recipients, url, branding }) =>
      contactNotifications(email, recipients, url, branding)
    )
  )
}
