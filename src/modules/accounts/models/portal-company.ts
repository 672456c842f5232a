import { model } from "@medusajs/framework/utils"
import { PortalMember } from "./portal-member"

/**
 * A business the merchant deals with through the portal: a buyer, a supplier
 * or both (docs/ARCHITECTURE.md, "Accounts"). Each company has a Medusa
 * customer group of the same name, created with it and kept in step with its
 * active members while `allow_portal` is on.
 */
export const PortalCompany = model
  .define("portal_company", {
    id: model.id({ prefix: "pcomp" }).primaryKey(),
    name: model.text().searchable(),
    // Off: the company keeps its members, but none of them may use the portal
    // and its customer group is emptied.
    allow_portal: model.boolean().default(true),
    is_customer: model.boolean().default(true),
    is_supplier: model.boolean().default(false),
    discount_percent: model.float().nullable(),
    customer_group_id: model.text(),
    // The automatic promotion carrying discount_percent for this company's group,
    // kept by syncPortalPromotionsWorkflow (docs/ARCHITECTURE.md, "Money").
    promotion_id: model.text().nullable(),
    // The language its contacts read the portal, emails and papers in until they choose
    // their own (docs/ARCHITECTURE.md, "Languages"); null: the browser's, then the store's.
    language: model.text().nullable(),
    members: model.hasMany(() => PortalMember, { mappedBy: "company" }),
  })
  .indexes([{ on: ["name"], unique: true }])
