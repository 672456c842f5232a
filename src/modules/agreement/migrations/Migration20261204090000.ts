import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The logged-in signer's customer id, kept with the evidence (docs/ARCHITECTURE.md, "Accounts"). */
export class Migration20261204090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_signed_agreement" add column if not exists "signer_customer_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_signed_agreement" drop column if exists "signer_customer_id";`
    )
  }
}
