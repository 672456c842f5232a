import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The Documents toggle of the Client Portal settings (docs/ARCHITECTURE.md, "Documents"). */
export class Migration20270104092000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "documents_enabled" boolean not null default false;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "documents_enabled";`
    )
  }
}
