import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Each inventory level's share of incoming stock from purchase orders, so a
 * sync keeps what a merchant set by hand (docs/ARCHITECTURE.md, "Procurement").
 * A level the earlier sync wrote counts its whole incoming quantity as the
 * purchase orders' (that sync overwrote it with their remainders).
 */
export class Migration20261220094000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "portal_incoming_share" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_incoming_share_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_incoming_share_deleted_at" ON "portal_incoming_share" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_incoming_share_inventory_item_id_location_id_unique" ON "portal_incoming_share" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `insert into "portal_incoming_share" ("id", "inventory_item_id", "location_id", "quantity")
       select 'pinc_' || md5(l."inventory_item_id" || ':' || p."stock_location_id"), l."inventory_item_id", p."stock_location_id",
              sum(greatest(l."quantity" - l."received_quantity", 0))
       from "portal_purchase_order_line" l
       join "portal_purchase_order" p on p."id" = l."purchase_order_id"
       where p."status" in ('sent', 'change_requested', 'acknowledged', 'partially_received')
         and p."deleted_at" is null and l."deleted_at" is null
       group by l."inventory_item_id", p."stock_location_id"
       on conflict do nothing;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_incoming_share" cascade;`)
  }
}
