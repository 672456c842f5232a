import { model } from "@medusajs/framework/utils"

/**
 * A contact's own choices: the email kinds turned off, their marketing consent and their
 * language. No row means the defaults, every kind on, the company's language
 * (docs/ARCHITECTURE.md, "Contact emails", "Languages").
 */
export const PortalContactPreferences = model
  .define("portal_contact_preferences", {
    id: model.id({ prefix: "pcpref" }).primaryKey(),
    customer_id: model.text(),
    email_opt_outs: model.json().default([] as unknown as Record<string, unknown>),
    marketing_opt_in: model.boolean().default(false),
    marketing_opt_in_changed_at: model.dateTime().nullable(),
    /** A language the portal has a catalog for ("de"); null: no choice made. */
    language: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true }])
