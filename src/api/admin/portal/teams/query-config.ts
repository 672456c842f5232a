/** What the team routes read and serve (Medusa's query-config pattern; docs/ARCHITECTURE.md, "Layers"). */

export const TEAM_FIELDS = [
  "id",
  "name",
  "handle",
  "permissions",
  "is_default",
  "created_at",
  "updated_at",
]

export const listTeamsQueryConfig = { defaults: TEAM_FIELDS, isList: true }
