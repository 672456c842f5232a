import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes that keep the quote lists flat as quotes pile up (issue 15; bench/README.md,
 * "Scale run"): the admin list newest first, by status, by number and by a piece of
 * the buyer's email, and a company's list for its members, newest first. The email
 * search (`ILIKE '%…%'`) uses a trigram index from PostgreSQL's pg_trgm extension,
 * which a database owner may create (it is a trusted extension since PostgreSQL 13).
 */
export class Migration20261215090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_created_at" ON "portal_quote" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_status_created_at" ON "portal_quote" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`drop index if exists "IDX_portal_quote_status";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_display_number" ON "portal_quote" ("display_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_company_id_created_at" ON "portal_quote" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`drop index if exists "IDX_portal_quote_company_id";`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_customer_email_trgm" ON "portal_quote" USING gin ("customer_email" gin_trgm_ops) WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_portal_quote_customer_email_trgm";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_company_id" ON "portal_quote" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`drop index if exists "IDX_portal_quote_company_id_created_at";`)
    this.addSql(`drop index if exists "IDX_portal_quote_display_number";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_quote_status" ON "portal_quote" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(`drop index if exists "IDX_portal_quote_status_created_at";`)
    this.addSql(`drop index if exists "IDX_portal_quote_created_at";`)
  }
}
