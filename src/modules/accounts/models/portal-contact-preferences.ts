import { model } from "@medusajs/framework/utils"

/**
 * What a contact (a Medusa customer) chose for themselves in the portal: the
 * kinds of email they turned off (`email_opt_outs`, kinds of
 * src/shared/contact-emails.ts; every kind is on until turned off) and their
 * marketing consent with when it was last given or withdrawn. One row per
 * customer, created on their first change; no row means the defaults
 * (docs/ARCHITECTURE.md, "Contact emails").
 */
export const PortalContactPreferences = model
  .define("portal_contact_preferences", {
    id: model.id({ prefix: "pcpref" }).primaryKey(),
    customer_id: model.text(),
    email_opt_outs: model.json().default([] as unknown as Record<string, unknown>),
    marketing_opt_in: model.boolean().default(false),
    marketing_opt_in_changed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true }])
