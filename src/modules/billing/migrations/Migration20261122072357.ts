import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122072357 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_invoice" drop constraint if exists "portal_invoice_payment_collection_id_unique";`
    )
    this.addSql(
      `create table if not exists "portal_invoice" ("id" text not null, "display_number" serial, "kind" text check ("kind" in ('deposit', 'final')) not null, "status" text check ("status" in ('unpaid', 'paid', 'overdue', 'void')) not null default 'unpaid', "amount" numeric not null, "currency_code" text not null, "due_at" timestamptz not null, "paid_at" timestamptz null, "voided_at" timestamptz null, "order_id" text not null, "quote_id" text null, "payment_collection_id" text not null, "pdf_file_id" text null, "pdf_url" text null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_invoice_pkey" primary key ("id"));`
    )
    // Invoice numbers read INV-1001, INV-1002, ...
    this.addSql(`ALTER SEQUENCE IF EXISTS "portal_invoice_display_number_seq" RESTART WITH 1001;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invoice_deleted_at" ON "portal_invoice" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invoice_order_id" ON "portal_invoice" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invoice_quote_id" ON "portal_invoice" ("quote_id") WHERE quote_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_invoice_payment_collection_id_unique" ON "portal_invoice" ("payment_collection_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invoice_due_at" ON "portal_invoice" ("due_at") WHERE status = 'unpaid' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_invoice_one_live_deposit_per_order" ON "portal_invoice" ("order_id") WHERE kind = 'deposit' AND status <> 'void' AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_invoice" cascade;`)
  }
}
