import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The Conversations toggles of the Client Portal settings (docs/ARCHITECTURE.md, "Conversations"). */
export class Migration20270106091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "conversations_enabled" boolean not null default false, add column if not exists "clients_may_start_conversations" boolean not null default true;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "conversations_enabled", drop column if exists "clients_may_start_conversations";`
    )
  }
}
