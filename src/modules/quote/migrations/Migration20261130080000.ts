import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Where a quote ships and the tax Medusa charges there: the hand-typed tax rate
 * goes; tax lines and automatic promotion adjustments come from Medusa.
 */
export class Migration20261130080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_quote" drop column if exists "tax_rate";`)
    this.addSql(
      `alter table if exists "portal_quote" add column if not exists "shipping_address" jsonb null, add column if not exists "shipping_option_id" text null, add column if not exists "shipping_method_name" text null, add column if not exists "shipping_amount" numeric null, add column if not exists "raw_shipping_amount" jsonb null, add column if not exists "shipping_tax_lines" jsonb null, add column if not exists "shipping_adjustments" jsonb null;`
    )
    this.addSql(
      `alter table if exists "portal_quote_item" add column if not exists "product_type_id" text null, add column if not exists "tax_lines" jsonb null, add column if not exists "adjustments" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_quote_item" drop column if exists "product_type_id", drop column if exists "tax_lines", drop column if exists "adjustments";`
    )
    this.addSql(
      `alter table if exists "portal_quote" drop column if exists "shipping_address", drop column if exists "shipping_option_id", drop column if exists "shipping_method_name", drop column if exists "shipping_amount", drop column if exists "raw_shipping_amount", drop column if exists "shipping_tax_lines", drop column if exists "shipping_adjustments";`
    )
    this.addSql(
      `alter table if exists "portal_quote" add column if not exists "tax_rate" real not null default 0;`
    )
  }
}
