import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A quote a member requested from the portal cart (docs/ARCHITECTURE.md, "Quote status machine"). */
export class Migration20261213090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote" drop constraint if exists "portal_quote_status_check";`
    )
    this.addSql(
      `alter table if exists "portal_quote" add constraint "portal_quote_status_check" check ("status" in ('requested', 'draft', 'sent', 'viewed', 'accepted', 'declined', 'expired', 'cancelled'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`update "portal_quote" set "status" = 'cancelled' where "status" = 'requested';`)
    this.addSql(
      `alter table if exists "portal_quote" drop constraint if exists "portal_quote_status_check";`
    )
    this.addSql(
      `alter table if exists "portal_quote" add constraint "portal_quote_status_check" check ("status" in ('draft', 'sent', 'viewed', 'accepted', 'declined', 'expired', 'cancelled'));`
    )
  }
}
