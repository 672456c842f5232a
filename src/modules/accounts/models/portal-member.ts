import { model } from "@medusajs/framework/utils"
import { PortalCompany } from "./portal-company"
import { PortalInvitation } from "./portal-invitation"
import { PortalMemberTeam } from "./portal-member-team"

export const MEMBER_STATUSES = ["active", "disabled"] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

/**
 * A Medusa customer acting for a company. A customer may belong to several
 * companies, each at most once (among members not removed). A membership
 * opens when its invitation is accepted (`activated_at`, to the second, as a
 * JWT's `iat`): until then, and for tokens issued before, it grants nothing
 * (docs/ARCHITECTURE.md, "Accounts").
 */
export const PortalMember = model
  .define("portal_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    customer_id: model.text(),
    status: model.enum([...MEMBER_STATUSES]).default("active"),
    activated_at: model.dateTime().nullable(),
    company: model.belongsTo(() => PortalCompany, { mappedBy: "members" }),
    teams: model.hasMany(() => PortalMemberTeam, { mappedBy: "member" }),
    invitations: model.hasMany(() => PortalInvitation, { mappedBy: "member" }),
  })
  .indexes([{ on: ["company_id", "customer_id"], unique: true }, { on: ["customer_id"] }])
