import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The merchant may have the balance invoice issued automatically at acceptance. */
export class Migration20261201120300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" add column if not exists "auto_balance_invoice" boolean not null default false;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_settings" drop column if exists "auto_balance_invoice";`
    )
  }
}
