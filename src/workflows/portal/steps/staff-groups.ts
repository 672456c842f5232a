import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { PortalStaffGroupDTO } from "../../../modules/portal/service"
import { notificationRecipients, STAFF_ALERT_KEYS } from "../../../shared/portal-settings"
import { unknownAdminUsers } from "./validate-notification-recipients"

const asJson = (ids: string[]) => ids as unknown as Record<string, unknown>
const portalOf = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(PORTAL_MODULE) as PortalModuleService

export type StaffGroupInput = { name?: string; user_ids?: string[]; exclude_id?: string }

/**
 * Refuses users that are no admin user (400) and a name another live group
 * has, whatever its case (409), before anything is written.
 */
export const validateStaffGroupStep = createStep(
  "portal-validate-staff-group",
  async (input: StaffGroupInput, { container }) => {
    const unknown = await unknownAdminUsers(container, input.user_ids ?? [])
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `user_ids lists unknown admin users: ${unknown.join(", ")}`
      )
    }
    if (input.name === undefined) return
    const groups = await portalOf(container).listPortalStaffGroups({}, { select: ["id", "name"] })
    const taken = groups.some(
      (group) =>
        group.id !== input.exclude_id && group.name.toLowerCase() === input.name!.toLowerCase()
    )
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A staff group named "${input.name}" already exists`
      )
    }
  }
)

export const loadStaffGroupStep = createStep(
  "portal-load-staff-group",
  async (id: string, { container }) => {
    const [group] = await portalOf(container).listPortalStaffGroups({ id }, { take: 1 })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff group ${id} was not found`)
    }
    return new StepResponse(group as unknown as PortalStaffGroupDTO)
  }
)

export const createStaffGroupStep = createStep(
  "portal-create-staff-group",
  async (input: { name: string; user_ids: string[]; actor_id: string }, { container }) => {
    const group = await portalOf(container).createPortalStaffGroups({
      name: input.name,
      user_ids: asJson([...new Set(input.user_ids)]),
      created_by: input.actor_id,
      updated_by: input.actor_id,
    })
    return new StepResponse(group as unknown as PortalStaffGroupDTO, group.id)
  },
  async (id, { container }) => {
    if (id) await portalOf(container).deletePortalStaffGroups(id)
  }
)

export const updateStaffGroupStep = createStep(
  "portal-update-staff-group",
  async (
    input: { id: string; name?: string; user_ids?: string[]; actor_id: string },
    { container }
  ) => {
    const portal = portalOf(container)
    const [before] = await portal.listPortalStaffGroups({ id: input.id }, { take: 1 })
    const group = await portal.updatePortalStaffGroups({
      id: input.id,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.user_ids !== undefined ? { user_ids: asJson([...new Set(input.user_ids)]) } : {}),
      updated_by: input.actor_id,
    })
    return new StepResponse(group as unknown as PortalStaffGroupDTO, before)
  },
  async (before, { container }) => {
    if (!before) return
    await portalOf(container).updatePortalStaffGroups({
      id: before.id,
      name: before.name,
      user_ids: before.user_ids,
      updated_by: before.updated_by,
    })
  }
)

/** A group an alert still goes to cannot be deleted (409, naming the alerts). */
export const assertStaffGroupUnusedStep = createStep(
  "portal-assert-staff-group-unused",
  async (id: string, { container }) => {
    const settings = await portalOf(container).getSettings()
    const recipients = notificationRecipients(settings.notification_recipients)
    const alerts = STAFF_ALERT_KEYS.filter((key) => recipients[key].staff_group_ids.includes(id))
    if (alerts.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The staff group is alerted for ${alerts.join(", ")}; remove it from those alerts first`
      )
    }
  }
)

export const softDeleteStaffGroupStep = createStep(
  "portal-soft-delete-staff-group",
  async (input: { id: string; actor_id: string }, { container }) => {
    const portal = portalOf(container)
    await portal.updatePortalStaffGroups({ id: input.id, updated_by: input.actor_id })
    await portal.softDeletePortalStaffGroups(input.id)
    return new StepResponse(void 0, input.id)
  },
  async (id, { container }) => {
    if (id) await portalOf(container).restorePortalStaffGroups(id)
  }
)
