import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Documents shared with companies, and document requests (docs/ARCHITECTURE.md, "Documents"). */
export class Migration20270104090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_document" ("id" text not null, "company_id" text not null, "title" text not null, "caption" text null, "file_name" text not null, "type" text check ("type" in ('pdf', 'png', 'jpeg', 'webp', 'gif', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'doc', 'xls')) not null, "size" integer not null, "file_id" text not null, "file_sha256" text not null, "attached_to" text check ("attached_to" in ('company', 'quote', 'order', 'request_item')) not null default 'company', "attached_id" text null, "source" text check ("source" in ('staff', 'contact')) not null, "added_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_document_pkey" primary key ("id"));`
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
    this.addSql(
      `create table if not exists "portal_document_request" ("id" text not null, "company_id" text not null, "title" text not null, "note" text null, "status" text check ("status" in ('open', 'done', 'closed')) not null default 'open', "done_at" timestamptz null, "done_by" text null, "requested_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_document_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_request_deleted_at" ON "portal_document_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_request_company_id_created_at" ON "portal_document_request" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_request_status" ON "portal_document_request" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "portal_document_request_item" ("id" text not null, "name" text not null, "description" text null, "due_date" text null, "position" integer not null default 0, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_document_request_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_request_item_deleted_at" ON "portal_document_request_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_document_request_item_request_id_position" ON "portal_document_request_item" ("request_id", "position") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "portal_document_request_item" add constraint "portal_document_request_item_request_id_foreign" foreign key ("request_id") references "portal_document_request" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_document_request_item" cascade;`)
    this.addSql(`drop table if exists "portal_document_request" cascade;`)
    this.addSql(`drop table if exists "portal_document" cascade;`)
  }
}
