import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The automatic promotion carrying each company's discount (docs/ARCHITECTURE.md,
 * "Money", portal discounts). The portal module's Migration20261211090000 added
 * it before the accounts tables had a module of their own; on a database it ran
 * on, this finds the column there and changes nothing (docs/ARCHITECTURE.md,
 * "Modules and links").
 */
export class Migration20261222090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_company" add column if not exists "promotion_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_company" drop column if exists "promotion_id";`)
  }
}
