import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The company the place-order gate approved a portal cart's completion for
 * (docs/ARCHITECTURE.md, "Placing orders"): the order is filed under it, not
 * under a binding that could change while the cart was being completed.
 */
export class Migration20261221090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_cart" add column if not exists "approved_company_id" text null, add column if not exists "approved_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_cart" drop column if exists "approved_company_id", drop column if exists "approved_at";`
    )
  }
}
