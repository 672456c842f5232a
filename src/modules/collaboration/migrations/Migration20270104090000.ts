import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Documents shared with companies (docs/ARCHITECTURE.md, "Documents"). */
export class Migration20270104090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_document" ("id" text not null, "company_id" text not null, "title" text not null, "caption" text null, "file_name" text not null, "type" text check ("type" in ('pdf', 'png', 'jpeg', 'webp', 'gif', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'doc', 'xls')) not null, "size" integer not null, "file_id" text not null, "file_sha256" text not null, "attached_to" text check ("attached_to" in ('company', 'quote', 'order')) not null default 'company', "attached_id" text null, "source" text check ("source" in ('staff', 'contact')) not null, "added_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_deleted_at" ON "portal_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_company_id_created_at" ON "portal_document" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_attached_to_attached_id" ON "portal_document" ("attached_to", "attached_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_document_file_id_unique" ON "portal_document" ("file_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_document" cascade;`)
  }
}
