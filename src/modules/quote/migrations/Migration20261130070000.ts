import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One live link per quote, enforced by the database as well as by the quote's lock. */
export class Migration20261130070000 extends Migration {
  override async up(): Promise<void> {
    // Links left live by concurrent sends before this migration: keep the newest.
    this.addSql(
      `update "portal_quote_link" l set "revoked_at" = now()
       where l."revoked_at" is null and l."deleted_at" is null and exists (
         select 1 from "portal_quote_link" n
         where n."quote_id" = l."quote_id" and n."revoked_at" is null and n."deleted_at" is null
           and (n."created_at", n."id") > (l."created_at", l."id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_quote_link_one_live_per_quote" ON "portal_quote_link" ("quote_id") WHERE revoked_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_portal_quote_link_one_live_per_quote";`)
  }
}
