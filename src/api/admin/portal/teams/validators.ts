import { z } from "@medusajs/framework/zod"
import { isPermission, PERMISSION_KEYS } from "../../../../shared/permissions"
import { listQueryParams } from "../../../utils/query-params"
import type {
  AdminCreatePortalTeamBody,
  AdminListPortalTeamsParams,
  AdminUpdatePortalTeamBody,
} from "../../../../shared/http"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { TEAM_FIELDS } from "./query-config"

const name = z.string().trim().min(1).max(200)
const permissions = z
  .array(
    z.string().refine(isPermission, {
      message: `Unknown permission; known: ${PERMISSION_KEYS.join(", ")}`,
    })
  )
  .max(PERMISSION_KEYS.length * 2)

export const TeamParams = z.object({ id: prefixedId("pteam") }).strict()

export const AdminCreateTeam = z
  .object({
    name,
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and single dashes")
      .max(100)
      .optional(),
    permissions,
  })
  .strict()
export type AdminCreateTeamType = z.infer<typeof AdminCreateTeam>

export const AdminUpdateTeam = z
  .object({ name: name.optional(), permissions: permissions.optional() })
  .strict()
  .refine((changes) => changes.name !== undefined || changes.permissions !== undefined, {
    message: "Give a new name or permissions",
  })
export type AdminUpdateTeamType = z.infer<typeof AdminUpdateTeam>

export const AdminListTeamsParams = listQueryParams({
  fields: TEAM_FIELDS,
  order: "created_at",
  limit: 100,
})
  .omit({ fields: true })
  .strict()

/** The shared request types (src/shared/http/teams.ts) are these validators'. */
export type TeamContract = [
  Assert<AgreesWith<AdminCreatePortalTeamBody, typeof AdminCreateTeam>>,
  Assert<AgreesWith<AdminUpdatePortalTeamBody, typeof AdminUpdateTeam>>,
  Assert<AgreesWith<AdminListPortalTeamsParams, typeof AdminListTeamsParams>>,
]
