import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122072158 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_signed_agreement" drop constraint if exists "portal_signed_agreement_quote_id_unique";`
    )
    this.addSql(
      `alter table if exists "portal_agreement_template" drop constraint if exists "portal_agreement_template_family_id_version_unique";`
    )
    this.addSql(
      `create table if not exists "portal_agreement_template" ("id" text not null, "family_id" text not null, "name" text not null, "body" text not null, "version" integer not null default 1, "is_latest" boolean not null default true, "in_use_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_agreement_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_agreement_template_deleted_at" ON "portal_agreement_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_agreement_template_family_id_version_unique" ON "portal_agreement_template" ("family_id", "version") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_agreement_template_one_latest_per_family" ON "portal_agreement_template" ("family_id") WHERE is_latest = true AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_signed_agreement" ("id" text not null, "quote_id" text not null, "template_id" text not null, "template_version" integer not null, "document" jsonb not null, "document_sha256" text not null, "pdf_sha256" text not null, "pdf_file_id" text not null, "pdf_url" text null, "signature_file_id" text not null, "signature_sha256" text not null, "signer_name" text not null, "signer_email" text not null, "signed_at" timestamptz not null, "ip" text null, "user_agent" text null, "consent_text" text not null, "identified_by" text check ("identified_by" in ('link', 'login')) not null, "selected_item_ids" jsonb not null, "totals" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_signed_agreement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_signed_agreement_deleted_at" ON "portal_signed_agreement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_signed_agreement_quote_id_unique" ON "portal_signed_agreement" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_signed_agreement_template_id" ON "portal_signed_agreement" ("template_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_agreement_template" cascade;`)

    this.addSql(`drop table if exists "portal_signed_agreement" cascade;`)
  }
}
