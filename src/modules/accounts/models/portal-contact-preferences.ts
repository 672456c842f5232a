import { model } from "@medusajs/framework/utils"

/**
 * A contact's own choices: the email kinds turned off and their marketing consent. No row
 * means the defaults, every kind on (docs/ARCHITECTURE.md, "Contact emails").
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
