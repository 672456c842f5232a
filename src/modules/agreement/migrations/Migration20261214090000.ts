import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Tracked private files, so orphans are found without listing the storage (docs/ARCHITECTURE.md, "Crash safety"). */
export class Migration20261214090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_private_file" ("id" text not null, "file_id" text not null, "purpose" text check ("purpose" in ('agreement_signature', 'agreement_pdf')) not null, "quote_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_private_file_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_private_file_deleted_at" ON "portal_private_file" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_private_file_file_id_unique" ON "portal_private_file" ("file_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_private_file_quote_id" ON "portal_private_file" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_private_file_created_at" ON "portal_private_file" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_private_file" cascade;`)
  }
}
