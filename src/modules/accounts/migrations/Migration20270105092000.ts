import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { grantAddedPermissionsSql } from "../added-permissions"

/**
 * An install's existing default customer team gets the permissions added to the catalogue
 * since it was created, once (docs/ARCHITECTURE.md, "Work requests").
 */
export class Migration20270105092000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of grantAddedPermissionsSql()) this.addSql(sql)
  }

  override async down(): Promise<void> {
    // The grants cannot be told apart from the merchant's own: they stay.
  }
}
