import { model } from "@medusajs/framework/utils"

/**
 * One version of an agreement template. Versions of one template share a
 * `family_id` (the first version's id); exactly one of them is the latest.
 * A version sent with a quote gets `in_use_at` and is never changed again:
 * editing it creates the next version (see the service's `reviseTemplate`).
 */
export const AgreementTemplate = model
  .define("portal_agreement_template", {
    id: model.id({ prefix: "agrtpl" }).primaryKey(),
    family_id: model.text(),
    name: model.text(),
    body: model.text(),
    /**
     * The template in other languages, `{ de: { name, body } }`: a quote in one of them
     * is shown and signed in it; any other language reads `name` and `body`
     * (docs/ARCHITECTURE.md, "Languages"). Versioned with them.
     */
    translations: model.json().nullable(),
    version: model.number().default(1),
    is_latest: model.boolean().default(true),
    in_use_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["family_id", "version"], unique: true },
    // Two concurrent revisions cannot both become the latest version.
    {
      name: "IDX_portal_agreement_template_one_latest_per_family",
      on: ["family_id"],
      unique: true,
      where: "is_latest = true",
    },
  ])
