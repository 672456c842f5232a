import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122061141 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote_link" drop constraint if exists "portal_quote_link_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "portal_quote" drop constraint if exists "portal_quote_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "portal_quote" ("id" text not null, "display_number" serial, "status" text check ("status" in ('draft', 'sent', 'viewed', 'accepted', 'declined', 'expired', 'cancelled')) not null default 'draft', "customer_id" text not null, "customer_email" text not null, "region_id" text null, "sales_channel_id" text null, "currency_code" text not null, "valid_until" timestamptz null, "deposit_percent" real null, "deposit_amount" numeric null, "tax_rate" real not null default 0, "terms" text null, "internal_note" text null, "assigned_user_ids" text[] not null default '{}', "agreement_template_id" text null, "order_id" text null, "sent_at" timestamptz null, "accepted_at" timestamptz null, "declined_at" timestamptz null, "decline_reason" text null, "cancelled_at" timestamptz null, "expired_at" timestamptz null, "last_viewed_at" timestamptz null, "staff_view_alert_at" timestamptz null, "raw_deposit_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_pkey" primary key ("id"));`
    )
    // Quote numbers read Q-1001, Q-1002, ...
    this.addSql(`ALTER SEQUENCE IF EXISTS "portal_quote_display_number_seq" RESTART WITH 1001;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_deleted_at" ON "portal_quote" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_status" ON "portal_quote" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_customer_id" ON "portal_quote" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_valid_until" ON "portal_quote" ("valid_until") WHERE status IN ('sent', 'viewed') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_quote_order_id_unique" ON "portal_quote" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_quote_event" ("id" text not null, "type" text check ("type" in ('created', 'updated', 'sent', 'link_revoked', 'viewed', 'selection_changed', 'accepted', 'declined', 'expired', 'cancelled', 'duplicated', 'message', 'order_created')) not null, "actor_type" text check ("actor_type" in ('customer', 'staff', 'system')) not null, "actor_id" text null, "data" jsonb null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_event_quote_id" ON "portal_quote_event" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_event_deleted_at" ON "portal_quote_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_event_quote_id_created_at" ON "portal_quote_event" ("quote_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_quote_item" ("id" text not null, "variant_id" text null, "product_id" text null, "sku" text null, "thumbnail" text null, "title" text not null, "description" text null, "quantity" integer not null, "unit_price" numeric not null, "discount_percent" real not null default 0, "is_optional" boolean not null default false, "is_selected" boolean not null default true, "position" integer not null default 0, "quote_id" text not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_item_quote_id" ON "portal_quote_item" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_item_deleted_at" ON "portal_quote_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_item_quote_id_position" ON "portal_quote_item" ("quote_id", "position") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_quote_link" ("id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_link_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_link_quote_id" ON "portal_quote_link" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_link_deleted_at" ON "portal_quote_link" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_quote_link_token_hash_unique" ON "portal_quote_link" ("token_hash") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_quote_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'staff')) not null, "author_id" text null, "author_name" text null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_quote_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_message_quote_id" ON "portal_quote_message" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_message_deleted_at" ON "portal_quote_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_message_quote_id_created_at" ON "portal_quote_message" ("quote_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "portal_quote_event" add constraint "portal_quote_event_quote_id_foreign" foreign key ("quote_id") references "portal_quote" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "portal_quote_item" add constraint "portal_quote_item_quote_id_foreign" foreign key ("quote_id") references "portal_quote" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "portal_quote_link" add constraint "portal_quote_link_quote_id_foreign" foreign key ("quote_id") references "portal_quote" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "portal_quote_message" add constraint "portal_quote_message_quote_id_foreign" foreign key ("quote_id") references "portal_quote" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote_event" drop constraint if exists "portal_quote_event_quote_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_quote_item" drop constraint if exists "portal_quote_item_quote_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_quote_link" drop constraint if exists "portal_quote_link_quote_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_quote_message" drop constraint if exists "portal_quote_message_quote_id_foreign";`
    )

    this.addSql(`drop table if exists "portal_quote" cascade;`)

    this.addSql(`drop table if exists "portal_quote_event" cascade;`)

    this.addSql(`drop table if exists "portal_quote_item" cascade;`)

    this.addSql(`drop table if exists "portal_quote_link" cascade;`)

    this.addSql(`drop table if exists "portal_quote_message" cascade;`)
  }
}
