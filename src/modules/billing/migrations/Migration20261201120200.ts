import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Invoices of kind "balance": the rest of an order after its deposit. */
export class Migration20261201120200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_invoice" drop constraint if exists "portal_invoice_kind_check";`
    )
    this.addSql(
      `alter table if exists "portal_invoice" add constraint "portal_invoice_kind_check" check ("kind" in ('deposit', 'balance', 'final'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_invoice" drop constraint if exists "portal_invoice_kind_check";`
    )
    this.addSql(
      `alter table if exists "portal_invoice" add constraint "portal_invoice_kind_check" check ("kind" in ('deposit', 'final'));`
    )
  }
}
