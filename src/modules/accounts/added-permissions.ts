/**
 * Permissions added to the catalogue since the default customer team was first created
 * (docs/ARCHITECTURE.md, "Permission model"), granted to an existing install's team by
 * migration `Migration20270105092000`. A migration file exports only its class: Medusa's
 * loader constructs what the file exports.
 */
export const ADDED_PERMISSIONS = [
  "documents.view",
  "documents.upload",
  "work_requests.view",
  "work_requests.submit",
  "conversations.view",
  "conversations.write",
]

/**
 * Gives an install's existing default customer team the permissions a new install's team
 * starts with, each once and at its end; a merchant's later edits are never touched again.
 * Each of these features stays off until the merchant turns it on.
 */
export const grantAddedPermissionsSql = () =>
  ADDED_PERMISSIONS.map(
    (permission) =>
      `update "portal_team" set "permissions" = "permissions" || to_jsonb('${permission}'::text), "updated_at" = now()
       where "handle" = 'customer-portal-users' and "is_default" = true and "deleted_at" is null
         and not ("permissions" @> '["${permission}"]'::jsonb);`
  )
