import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Read markers: how far each contact has read each quote's thread, for the
 * portal's unread replies (docs/ARCHITECTURE.md, "Read markers").
 */
export class Migration20261212090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_quote_read" ("id" text not null, "customer_id" text not null, "quote_id" text not null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_read_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_read_deleted_at" ON "portal_quote_read" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_quote_read_customer_id_quote_id_unique" ON "portal_quote_read" ("customer_id", "quote_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_quote_read" cascade;`)
  }
}
