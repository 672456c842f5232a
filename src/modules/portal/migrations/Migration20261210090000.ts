import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Catalog and ordering settings, the portal's sales channel and key, and staff
 * groups (docs/ARCHITECTURE.md, "Settings").
 */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "stock_display" text check ("stock_display" in ('off', 'number', 'indication')) not null default 'off', add column if not exists "low_stock_threshold" integer not null default 5, add column if not exists "show_incoming" boolean not null default false, add column if not exists "allow_quote_requests" boolean not null default false, add column if not exists "allow_place_order" boolean not null default false, add column if not exists "hide_prices" boolean not null default false, add column if not exists "portal_discount_percent" real not null default 0, add column if not exists "portal_sales_channel_id" text null, add column if not exists "portal_publishable_key_id" text null;`
    )
    this.addSql(
      `create table if not exists "portal_staff_group" ("id" text not null, "name" text not null, "user_ids" jsonb not null default '[]', "created_by" text null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_staff_group_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_staff_group_deleted_at" ON "portal_staff_group" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_staff_group_name_unique" ON "portal_staff_group" ("name") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_staff_group" cascade;`)
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "stock_display", drop column if exists "low_stock_threshold", drop column if exists "show_incoming", drop column if exists "allow_quote_requests", drop column if exists "allow_place_order", drop column if exists "hide_prices", drop column if exists "portal_discount_percent", drop column if exists "portal_sales_channel_id", drop column if exists "portal_publishable_key_id";`
    )
  }
}
