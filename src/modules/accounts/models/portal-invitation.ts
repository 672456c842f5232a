import { model } from "@medusajs/framework/utils"
import { PortalMember } from "./portal-member"

/**
 * An invitation for a member to set up their portal login. Only the SHA-256 of
 * the token is stored, as for quote links (docs/ARCHITECTURE.md, "Security rules").
 */
export const PortalInvitation = model
  .define("portal_invitation", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    // The admin user who sent it.
    invited_by: model.text().nullable(),
    member: model.belongsTo(() => PortalMember, { mappedBy: "invitations" }),
  })
  .indexes([
    { on: ["token_hash"], unique: true },
    // One live invitation per member: a resend revokes the earlier one first.
    {
      name: "IDX_portal_invitation_one_live_per_member",
      on: ["member_id"],
      unique: true,
      where: "accepted_at IS NULL AND revoked_at IS NULL",
    },
  ])
