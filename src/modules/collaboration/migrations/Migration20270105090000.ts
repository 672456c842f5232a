import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Work requests and their threads; a document may be attached to one
 * (docs/ARCHITECTURE.md, "Work requests").
 */
export class Migration20270105090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_work_request" ("id" text not null, "display_number" serial, "company_id" text not null, "customer_id" text not null, "subject" text not null, "description" text not null, "preferred_date" text null, "status" text check ("status" in ('new', 'in_progress', 'waiting_on_client', 'closed')) not null default 'new', "assignee_id" text null, "quote_id" text null, "closed_at" timestamptz null, "last_activity_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_work_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_deleted_at" ON "portal_work_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_company_id_last_activity_at" ON "portal_work_request" ("company_id", "last_activity_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_status_last_activity_at" ON "portal_work_request" ("status", "last_activity_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_display_number" ON "portal_work_request" ("display_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_quote_id" ON "portal_work_request" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "portal_work_request_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'staff')) not null, "author_id" text null, "body" text not null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_work_request_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_message_deleted_at" ON "portal_work_request_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_work_request_message_request_id_created_at" ON "portal_work_request_message" ("request_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "portal_work_request_message" add constraint "portal_work_request_message_request_id_foreign" foreign key ("request_id") references "portal_work_request" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `alter table if exists "portal_document" drop constraint if exists "portal_document_attached_to_check";`
    )
    this.addSql(
      `alter table if exists "portal_document" add constraint "portal_document_attached_to_check" check ("attached_to" in ('company', 'quote', 'order', 'request_item', 'work_request'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_document" drop constraint if exists "portal_document_attached_to_check";`
    )
    this.addSql(
      `alter table if exists "portal_document" add constraint "portal_document_attached_to_check" check ("attached_to" in ('company', 'quote', 'order', 'request_item'));`
    )
    this.addSql(`drop table if exists "portal_work_request_message" cascade;`)
    this.addSql(`drop table if exists "portal_work_request" cascade;`)
  }
}
