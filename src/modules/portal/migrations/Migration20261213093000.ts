import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Portal cart bindings: the company a portal cart acts for and the contact who
 * bound it, out of reach of Medusa's store cart routes (docs/ARCHITECTURE.md,
 * "Placing orders").
 */
export class Migration20261213093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_cart" ("id" text not null, "cart_id" text not null, "company_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_cart_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_cart_deleted_at" ON "portal_cart" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_cart_cart_id_unique" ON "portal_cart" ("cart_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_cart" cascade;`)
  }
}
