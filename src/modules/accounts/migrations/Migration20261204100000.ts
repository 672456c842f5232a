import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Contact preferences (docs/ARCHITECTURE.md, "Contact emails"): email kinds turned off, marketing consent. */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_contact_preferences" drop constraint if exists "portal_contact_preferences_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "portal_contact_preferences" ("id" text not null, "customer_id" text not null, "email_opt_outs" jsonb not null default '[]', "marketing_opt_in" boolean not null default false, "marketing_opt_in_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_contact_preferences_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_contact_preferences_deleted_at" ON "portal_contact_preferences" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_contact_preferences_customer_id_unique" ON "portal_contact_preferences" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_contact_preferences" cascade;`)
  }
}
