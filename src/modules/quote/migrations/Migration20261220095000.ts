import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A quote a member requested keeps the mark after staff take it up
 * (docs/ARCHITECTURE.md, "Quote requests"): the requested ones, and the drafts
 * whose timeline says a customer created them.
 */
export class Migration20261220095000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote" add column if not exists "requested_at" timestamptz null;`
    )
    this.addSql(
      `update "portal_quote" q set "requested_at" = q."created_at" where q."requested_at" is null and (q."status" = 'requested' or exists (select 1 from "portal_quote_event" e where e."quote_id" = q."id" and e."type" = 'created' and e."actor_type" = 'customer'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_quote" drop column if exists "requested_at";`)
  }
}
