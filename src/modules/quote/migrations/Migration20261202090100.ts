import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The portal company a quote is for (docs/ARCHITECTURE.md, "Accounts"). */
export class Migration20261202090100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote" add column if not exists "company_id" text null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_company_id" ON "portal_quote" ("company_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_portal_quote_company_id";`)
    this.addSql(`alter table if exists "portal_quote" drop column if exists "company_id";`)
  }
}
