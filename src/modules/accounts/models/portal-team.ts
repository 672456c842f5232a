import { model } from "@medusajs/framework/utils"
import { PortalMemberTeam } from "./portal-member-team"

/**
 * A named set of permissions from the catalogue (src/shared/permissions.ts);
 * a member may do what any of their teams grants. The handle never changes;
 * the two default teams (`is_default`) exist on every install and cannot be
 * deleted or renamed.
 */
export const PortalTeam = model
  .define("portal_team", {
    id: model.id({ prefix: "pteam" }).primaryKey(),
    name: model.text(),
    handle: model.text(),
    permissions: model.json().default([] as unknown as Record<string, unknown>),
    is_default: model.boolean().default(false),
    members: model.hasMany(() => PortalMemberTeam, { mappedBy: "team" }),
  })
  .indexes([{ on: ["handle"], unique: true }])
