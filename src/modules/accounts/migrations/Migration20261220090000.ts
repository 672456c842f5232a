import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A membership opens when its invitation is accepted (docs/ARCHITECTURE.md,
 * "Accounts"): members who accepted one keep their access from that moment;
 * the others wait for an accepted invitation.
 */
export class Migration20261220090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_member" add column if not exists "activated_at" timestamptz null;`
    )
    this.addSql(
      `update "portal_member" m set "activated_at" = date_trunc('second', i."accepted_at") from (select "member_id", max("accepted_at") as "accepted_at" from "portal_invitation" where "accepted_at" is not null group by "member_id") i where i."member_id" = m."id" and m."activated_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_member" drop column if exists "activated_at";`)
  }
}
