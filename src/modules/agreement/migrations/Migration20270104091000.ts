import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Documents staff share are tracked private files too, so the reconciler deletes one whose
 * document row was never written (docs/ARCHITECTURE.md, "Crash safety").
 */
export class Migration20270104091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_private_file" drop constraint if exists "portal_private_file_purpose_check";`
    )
    this.addSql(
      `alter table if exists "portal_private_file" add constraint "portal_private_file_purpose_check" check ("purpose" in ('agreement_signature', 'agreement_pdf', 'supplier_bill', 'document'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "portal_private_file" where "purpose" = 'document';`)
    this.addSql(
      `alter table if exists "portal_private_file" drop constraint if exists "portal_private_file_purpose_check";`
    )
    this.addSql(
      `alter table if exists "portal_private_file" add constraint "portal_private_file_purpose_check" check ("purpose" in ('agreement_signature', 'agreement_pdf', 'supplier_bill'));`
    )
  }
}
