import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The language a company's contacts read the portal, its emails and papers in, and each
 * contact's own choice (docs/ARCHITECTURE.md, "Languages"). Null: no choice made.
 */
export class Migration20261230090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_company" add column if not exists "language" text null;`
    )
    this.addSql(
      `alter table if exists "portal_contact_preferences" add column if not exists "language" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_company" drop column if exists "language";`)
    this.addSql(
      `alter table if exists "portal_contact_preferences" drop column if exists "language";`
    )
  }
}
