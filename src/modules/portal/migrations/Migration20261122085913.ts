import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122085913 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop constraint if exists "portal_settings_singleton_key_unique";`
    )
    this.addSql(
      `create table if not exists "portal_settings" ("id" text not null, "singleton_key" text not null default 'default', "display_name" text null, "logo_url" text null, "primary_color" text not null default '#1d4ed8', "default_validity_days" integer not null default 30, "default_deposit_percent" real null, "consent_text" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_settings_deleted_at" ON "portal_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_settings_singleton_key_unique" ON "portal_settings" ("singleton_key") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_settings" cascade;`)
  }
}
