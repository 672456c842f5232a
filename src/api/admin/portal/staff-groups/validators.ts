import { z } from "@medusajs/framework/zod"
import {
  MAX_STAFF_GROUP_NAME_LENGTH,
  MAX_STAFF_GROUP_USERS,
} from "../../../../shared/portal-settings"
import type {
  AdminCreatePortalStaffGroupBody,
  AdminListPortalStaffGroupsParams,
  AdminUpdatePortalStaffGroupBody,
} from "../../../../shared/http"
import { pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

const name = z.string().trim().min(1).max(MAX_STAFF_GROUP_NAME_LENGTH)
const userIds = z.array(z.string().trim().min(1).max(100)).max(MAX_STAFF_GROUP_USERS)

export const StaffGroupParams = z.object({ id: prefixedId("psgrp") }).strict()

export const AdminCreateStaffGroup = z.object({ name, user_ids: userIds }).strict()
export type AdminCreateStaffGroupType = z.infer<typeof AdminCreateStaffGroup>

export const AdminUpdateStaffGroup = z
  .object({ name: name.optional(), user_ids: userIds.optional() })
  .strict()
  .refine((changes) => changes.name !== undefined || changes.user_ids !== undefined, {
    message: "Give a new name or user_ids",
  })
export type AdminUpdateStaffGroupType = z.infer<typeof AdminUpdateStaffGroup>

export const AdminListStaffGroupsParams = pageParams({})
export type AdminListStaffGroupsParamsType = z.infer<typeof AdminListStaffGroupsParams>

/** The shared request types (src/shared/http/teams.ts) are these validators'. */
export type StaffGroupContract = [
  Assert<AgreesWith<AdminCreatePortalStaffGroupBody, typeof AdminCreateStaffGroup>>,
  Assert<AgreesWith<AdminUpdatePortalStaffGroupBody, typeof AdminUpdateStaffGroup>>,
  Assert<AgreesWith<AdminListPortalStaffGroupsParams, typeof AdminListStaffGroupsParams>>,
]
