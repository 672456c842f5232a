import { model } from "@medusajs/framework/utils"

export const ACCESS_EVENT_TYPES = [
  "company_created",
  "company_updated",
  "company_deleted",
  "portal_allowed",
  "portal_withdrawn",
  "member_added",
  "member_disabled",
  "member_enabled",
  "member_removed",
  "team_granted",
  "team_revoked",
  "team_created",
  "team_updated",
  "team_deleted",
  "invitation_sent",
  "invitation_resent",
  "invitation_revoked",
  "invitation_accepted",
] as const
export type AccessEventType = (typeof ACCESS_EVENT_TYPES)[number]

export const ACCESS_ACTOR_TYPES = ["staff", "customer", "system"] as const
export type AccessActorType = (typeof ACCESS_ACTOR_TYPES)[number]

/**
 * The audit trail of who may use the portal: every grant, revoke, team change
 * and disable, with who did it and when. Append-only. Team events concern no
 * one company and have no company_id.
 */
export const PortalAccessEvent = model
  .define("portal_access_event", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    type: model.enum([...ACCESS_EVENT_TYPES]),
    actor_type: model.enum([...ACCESS_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    company_id: model.text().nullable(),
    member_id: model.text().nullable(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["company_id", "created_at"] }, { on: ["member_id"] }])
