import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Supplier bill PDFs are tracked private files too, so the reconciler deletes
 * one whose bill row was never written (docs/ARCHITECTURE.md, "Crash safety").
 */
export class Migration20261220093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_private_file" drop constraint if exists "portal_private_file_purpose_check";`
    )
    this.addSql(
      `alter table if exists "portal_private_file" add constraint "portal_private_file_purpose_check" check ("purpose" in ('agreement_signature', 'agreement_pdf', 'supplier_bill'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "portal_private_file" where "purpose" = 'supplier_bill';`)
    this.addSql(
      `alter table if exists "portal_private_file" drop constraint if exists "portal_private_file_purpose_check";`
    )
    this.addSql(
      `alter table if exists "portal_private_file" add constraint "portal_private_file_purpose_check" check ("purpose" in ('agreement_signature', 'agreement_pdf'));`
    )
  }
}
