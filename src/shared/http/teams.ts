import type { Permission } from "../permissions"
import type { DeleteResponse, PaginatedResponse } from "./common"

/**
 * Portal teams and the permission catalogue (docs/ARCHITECTURE.md, "Permission
 * model"), and staff groups, named lists of admin users for alerts ("Settings").
 */

export type AdminPortalTeam = {
  id: string
  name: string
  handle: string
  permissions: Permission[]
  /** One of the two teams every install has: kept, never renamed; permissions editable. */
  is_default: boolean
  created_at: string
  updated_at: string
}

export type AdminPortalTeamResponse = { team: AdminPortalTeam }
export type AdminPortalTeamListResponse = PaginatedResponse<{ teams: AdminPortalTeam[] }>
export type AdminPortalTeamDeleteResponse = DeleteResponse<"portal_team">

export type AdminCreatePortalTeamBody = {
  name: string
  /** Lower-case letters, digits and single dashes; from the name when left out. */
  handle?: string
  permissions: string[]
}

/** A new name or permissions, or both. */
export type AdminUpdatePortalTeamBody = { name?: string; permissions?: string[] }

export type AdminListPortalTeamsParams = { limit?: number; offset?: number; order?: string }

/** A permission, what it lets a contact do, and which side of the portal it belongs to. */
export type AdminPortalPermission = {
  key: Permission
  description: string
  side: "customer" | "supplier" | null
}

export type AdminPortalPermissionListResponse = { permissions: AdminPortalPermission[] }

export type AdminPortalStaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** `users` leaves out a user removed from Medusa since; `user_ids` keeps them. */
export type AdminPortalStaffGroup = {
  id: string
  name: string
  user_ids: string[]
  users: AdminPortalStaffUser[]
  created_by: string | null
  updated_by: string | null
  created_at: string
  updated_at: string
}

export type AdminPortalStaffGroupResponse = { staff_group: AdminPortalStaffGroup }
export type AdminPortalStaffGroupListResponse = PaginatedResponse<{
  staff_groups: AdminPortalStaffGroup[]
}>
export type AdminPortalStaffGroupDeleteResponse = DeleteResponse<"portal_staff_group">

export type AdminCreatePortalStaffGroupBody = { name: string; user_ids: string[] }

/** A new name or users, or both. */
export type AdminUpdatePortalStaffGroupBody = { name?: string; user_ids?: string[] }

export type AdminListPortalStaffGroupsParams = { limit?: number; offset?: number }
