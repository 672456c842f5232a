import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122091302 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "notification_recipients" jsonb not null default '{}';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "notification_recipients";`
    )
  }
}
