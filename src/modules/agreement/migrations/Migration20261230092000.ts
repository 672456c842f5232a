import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * An agreement template's versions per language, and which one a buyer signed
 * (docs/ARCHITECTURE.md, "Languages").
 */
export class Migration20261230092000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_agreement_template" add column if not exists "translations" jsonb null;`
    )
    this.addSql(
      `alter table if exists "portal_signed_agreement" add column if not exists "template_language" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_signed_agreement" drop column if exists "template_language";`
    )
    this.addSql(
      `alter table if exists "portal_agreement_template" drop column if exists "translations";`
    )
  }
}
