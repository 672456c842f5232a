import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The bill-to details fixed on the invoice when it is issued; `pdf_url` goes
 * (it pointed at /static/, where private files are never served: invoices are
 * read through their PDF routes).
 */
export class Migration20261207013000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_invoice" add column if not exists "bill_to" jsonb null;`
    )
    this.addSql(`alter table if exists "portal_invoice" drop column if exists "pdf_url";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_invoice" add column if not exists "pdf_url" text null;`
    )
    this.addSql(`alter table if exists "portal_invoice" drop column if exists "bill_to";`)
  }
}
