import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The Medusa automatic promotions that carry the blanket portal discount and
 * each company's discount (docs/ARCHITECTURE.md, "Money", portal discounts).
 */
export class Migration20261211090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "portal_promotion_id" text null;`
    )
    this.addSql(
      `alter table if exists "portal_company" add column if not exists "promotion_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_company" drop column if exists "promotion_id";`)
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "portal_promotion_id";`
    )
  }
}
