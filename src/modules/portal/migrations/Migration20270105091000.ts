import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The Work requests toggle of the Client Portal settings (docs/ARCHITECTURE.md, "Work requests"). */
export class Migration20270105091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "work_requests_enabled" boolean not null default false;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "work_requests_enabled";`
    )
  }
}
