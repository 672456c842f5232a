import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The language staff chose for a quote: its link emails and papers are in it
 * (docs/ARCHITECTURE.md, "Languages"). Null: the company's, else the store's.
 */
export class Migration20261230091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote" add column if not exists "language" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_quote" drop column if exists "language";`)
  }
}
