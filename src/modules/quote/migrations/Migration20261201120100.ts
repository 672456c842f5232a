import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Timeline entries for invoices issued and paid. */
export class Migration20261201120100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote_event" drop constraint if exists "portal_quote_event_type_check";`
    )
    this.addSql(
      `alter table if exists "portal_quote_event" add constraint "portal_quote_event_type_check" check ("type" in ('created', 'updated', 'sent', 'link_revoked', 'viewed', 'selection_changed', 'accepted', 'declined', 'expired', 'cancelled', 'duplicated', 'message', 'order_created', 'invoice_issued', 'invoice_paid'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote_event" drop constraint if exists "portal_quote_event_type_check";`
    )
    this.addSql(
      `alter table if exists "portal_quote_event" add constraint "portal_quote_event_type_check" check ("type" in ('created', 'updated', 'sent', 'link_revoked', 'viewed', 'selection_changed', 'accepted', 'declined', 'expired', 'cancelled', 'duplicated', 'message', 'order_created'));`
    )
  }
}
