import { model } from "@medusajs/framework/utils"
import { PortalMember } from "./portal-member"
import { PortalTeam } from "./portal-team"

/** A member's place in a team (the member <-> team many-to-many, as its own rows). */
export const PortalMemberTeam = model
  .define("portal_member_team", {
    id: model.id({ prefix: "pmteam" }).primaryKey(),
    member: model.belongsTo(() => PortalMember, { mappedBy: "teams" }),
    team: model.belongsTo(() => PortalTeam, { mappedBy: "members" }),
  })
  .indexes([{ on: ["member_id", "team_id"], unique: true }, { on: ["team_id"] }])
