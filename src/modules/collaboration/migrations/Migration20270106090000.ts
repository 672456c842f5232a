import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Conversations, their messages and participants, and each reader's read marker
 * (docs/ARCHITECTURE.md, "Conversations").
 */
export class Migration20270106090000 extends Migration {
  override async up(): Promise<void> {
    const sides = `('customer', 'staff')`
    const timestamps = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
    this.addSql(
      `create table if not exists "portal_conversation" ("id" text not null, "company_id" text not null, "subject" text not null, "started_by_type" text check ("started_by_type" in ${sides}) not null, "started_by_id" text not null, "last_message_at" timestamptz not null, "last_message_preview" text not null, ${timestamps}, constraint "portal_conversation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_deleted_at" ON "portal_conversation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_company_id_last_message_at" ON "portal_conversation" ("company_id", "last_message_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_last_message_at" ON "portal_conversation" ("last_message_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "portal_conversation_message" ("id" text not null, "author_type" text check ("author_type" in ${sides}) not null, "author_id" text not null, "body" text not null, "conversation_id" text not null, ${timestamps}, constraint "portal_conversation_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_message_deleted_at" ON "portal_conversation_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_message_conversation_id_created_at" ON "portal_conversation_message" ("conversation_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "portal_conversation_message" add constraint "portal_conversation_message_conversation_id_foreign" foreign key ("conversation_id") references "portal_conversation" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `create table if not exists "portal_conversation_participant" ("id" text not null, "side" text check ("side" in ${sides}) not null, "participant_id" text not null, "conversation_id" text not null, ${timestamps}, constraint "portal_conversation_participant_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_conversation_participant_deleted_at" ON "portal_conversation_participant" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_conversation_participant_conversation_id_side_participant_id_unique" ON "portal_conversation_participant" ("conversation_id", "side", "participant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "portal_conversation_participant" add constraint "portal_conversation_participant_conversation_id_foreign" foreign key ("conversation_id") references "portal_conversation" ("id") on update cascade on delete cascade;`
    )
    // A reader's marker: written with INSERT … ON CONFLICT, so it is plain SQL, not a model.
    this.addSql(
      `create table if not exists "portal_conversation_read" ("conversation_id" text not null references "portal_conversation" ("id") on update cascade on delete cascade, "side" text check ("side" in ${sides}) not null, "reader_id" text not null, "read_at" timestamptz not null default now(), constraint "portal_conversation_read_pkey" primary key ("conversation_id", "side", "reader_id"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_conversation_read" cascade;`)
    this.addSql(`drop table if exists "portal_conversation_participant" cascade;`)
    this.addSql(`drop table if exists "portal_conversation_message" cascade;`)
    this.addSql(`drop table if exists "portal_conversation" cascade;`)
  }
}
