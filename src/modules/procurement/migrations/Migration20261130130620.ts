import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261130130620 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_purchase_order" ("id" text not null, "display_number" serial, "status" text check ("status" in ('draft', 'sent', 'change_requested', 'acknowledged', 'partially_received', 'received', 'cancelled')) not null default 'draft', "supplier_company_id" text not null, "stock_location_id" text not null, "currency_code" text not null, "notes" text null, "change_request" text null, "sent_at" timestamptz null, "acknowledged_at" timestamptz null, "received_at" timestamptz null, "cancelled_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_purchase_order_pkey" primary key ("id"));`
    )
    // Purchase order numbers read PO-1001, PO-1002, ...
    this.addSql(
      `ALTER SEQUENCE IF EXISTS "portal_purchase_order_display_number_seq" RESTART WITH 1001;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_deleted_at" ON "portal_purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_supplier_company_id_created_at" ON "portal_purchase_order" ("supplier_company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_status_created_at" ON "portal_purchase_order" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_procurement_event" ("id" text not null, "type" text check ("type" in ('created', 'updated', 'sent', 'acknowledged', 'change_requested', 'change_declined', 'received', 'cancelled', 'bill_submitted', 'bill_approved', 'bill_rejected', 'bill_paid')) not null, "actor_type" text check ("actor_type" in ('staff', 'supplier', 'system')) not null, "actor_id" text null, "supplier_bill_id" text null, "data" jsonb null, "purchase_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_procurement_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_procurement_event_purchase_order_id" ON "portal_procurement_event" ("purchase_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_procurement_event_deleted_at" ON "portal_procurement_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_procurement_event_purchase_order_id_created_at" ON "portal_procurement_event" ("purchase_order_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_purchase_order_line" ("id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "product_title" text not null, "variant_title" text null, "sku" text null, "quantity" integer not null, "received_quantity" integer not null default 0, "unit_cost" numeric not null, "promised_at" timestamptz null, "rank" integer not null default 0, "purchase_order_id" text not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_purchase_order_line_pkey" primary key ("id"));`
    )
    // A line never receives more than was ordered, whatever the code above it does.
    this.addSql(
      `alter table if exists "portal_purchase_order_line" add constraint "portal_purchase_order_line_quantities_check" check ("quantity" > 0 and "received_quantity" >= 0 and "received_quantity" <= "quantity");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_line_purchase_order_id" ON "portal_purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_line_deleted_at" ON "portal_purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_purchase_order_line_inventory_item_id" ON "portal_purchase_order_line" ("inventory_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_supplier_bill" ("id" text not null, "supplier_company_id" text not null, "bill_number" text not null, "status" text check ("status" in ('submitted', 'approved', 'paid', 'rejected')) not null default 'submitted', "amount" numeric not null, "currency_code" text not null, "due_at" timestamptz not null, "rejection_reason" text null, "file_id" text not null, "file_size" integer not null, "file_sha256" text not null, "submitted_by" text null, "approved_at" timestamptz null, "paid_at" timestamptz null, "rejected_at" timestamptz null, "purchase_order_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_supplier_bill_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_supplier_bill_purchase_order_id" ON "portal_supplier_bill" ("purchase_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_supplier_bill_deleted_at" ON "portal_supplier_bill" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_supplier_bill_status_created_at" ON "portal_supplier_bill" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_supplier_bill_supplier_company_id_created_at" ON "portal_supplier_bill" ("supplier_company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_supplier_bill_one_live_number" ON "portal_supplier_bill" ("supplier_company_id", "bill_number") WHERE status <> 'rejected' AND deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "portal_procurement_event" add constraint "portal_procurement_event_purchase_order_id_foreign" foreign key ("purchase_order_id") references "portal_purchase_order" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "portal_purchase_order_line" add constraint "portal_purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "portal_purchase_order" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "portal_supplier_bill" add constraint "portal_supplier_bill_purchase_order_id_foreign" foreign key ("purchase_order_id") references "portal_purchase_order" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_procurement_event" drop constraint if exists "portal_procurement_event_purchase_order_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_purchase_order_line" drop constraint if exists "portal_purchase_order_line_purchase_order_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_supplier_bill" drop constraint if exists "portal_supplier_bill_purchase_order_id_foreign";`
    )

    this.addSql(`drop table if exists "portal_purchase_order" cascade;`)

    this.addSql(`drop table if exists "portal_procurement_event" cascade;`)

    this.addSql(`drop table if exists "portal_purchase_order_line" cascade;`)

    this.addSql(`drop table if exists "portal_supplier_bill" cascade;`)
  }
}
