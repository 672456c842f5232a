import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The Medusa automatic promotion that carries the blanket portal discount
 * (docs/ARCHITECTURE.md, "Money", portal discounts). The company's column it
 * also added is the accounts module's Migration20261222090000 since the split
 * (docs/ARCHITECTURE.md, "Modules and links").
 */
export class Migration20261211090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "portal_promotion_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "portal_promotion_id";`
    )
  }
}
