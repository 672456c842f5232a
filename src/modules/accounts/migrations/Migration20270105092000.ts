import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Permissions added to the catalogue since the default customer team was first created
 * (docs/ARCHITECTURE.md, "Permission model").
 */
const ADDED = ["documents.view", "documents.upload", "work_requests.view", "work_requests.submit"]

/**
 * Gives an install's existing default customer team the permissions a new install's team
 * starts with, each once and at its end; a merchant's later edits are never touched again.
 * Each of these features stays off until the merchant turns it on.
 */
export const grantAddedPermissionsSql = () =>
  ADDED.map(
    (permission) =>
      `update "portal_team" set "permissions" = "permissions" || to_jsonb('${permission}'::text), "updated_at" = now()
       where "handle" = 'customer-portal-users' and "is_default" = true and "deleted_at" is null
         and not ("permissions" @> '["${permission}"]'::jsonb);`
  )

export class Migration20270105092000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of grantAddedPermissionsSql()) this.addSql(sql)
  }

  override async down(): Promise<void> {
    // The grants cannot be told apart from the merchant's own: they stay.
  }
}
