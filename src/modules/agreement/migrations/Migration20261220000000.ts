import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A signed agreement's `pdf_url` goes: it pointed at /static/, where private
 * files are never served (it answered 404); the PDF is read through the token
 * and admin routes (docs/ARCHITECTURE.md, "Security rules").
 */
export class Migration20261220000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_signed_agreement" drop column if exists "pdf_url";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_signed_agreement" add column if not exists "pdf_url" text null;`
    )
  }
}
