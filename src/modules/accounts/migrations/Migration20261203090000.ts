import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Invitations (docs/ARCHITECTURE.md, "Accounts"): their audit event types, and
 * at most one live invitation per member.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_access_event" drop constraint if exists "portal_access_event_type_check";`
    )
    this.addSql(
      `alter table if exists "portal_access_event" add constraint "portal_access_event_type_check" check ("type" in ('company_created', 'company_updated', 'company_deleted', 'portal_allowed', 'portal_withdrawn', 'member_added', 'member_disabled', 'member_enabled', 'member_removed', 'team_granted', 'team_revoked', 'team_created', 'team_updated', 'team_deleted', 'invitation_sent', 'invitation_resent', 'invitation_revoked', 'invitation_accepted'));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_invitation_one_live_per_member" ON "portal_invitation" ("member_id") WHERE accepted_at IS NULL AND revoked_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_portal_invitation_one_live_per_member";`)
    this.addSql(
      `alter table if exists "portal_access_event" drop constraint if exists "portal_access_event_type_check";`
    )
    this.addSql(
      `alter table if exists "portal_access_event" add constraint "portal_access_event_type_check" check ("type" in ('company_created', 'company_updated', 'company_deleted', 'portal_allowed', 'portal_withdrawn', 'member_added', 'member_disabled', 'member_enabled', 'member_removed', 'team_granted', 'team_revoked', 'team_created', 'team_updated', 'team_deleted'));`
    )
  }
}
