import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AccessActorType, AccessEventType } from "../../../modules/accounts/models"
import { accountsService } from "./portal-service"

export type AccessEventInput = {
  type: AccessEventType
  actor_type: AccessActorType
  actor_id: string | null
  company_id: string | null
  member_id?: string | null
  data?: Record<string, unknown> | null
}

/**
 * Appends entries to the access audit trail (docs/ARCHITECTURE.md,
 * "Accounts"); compensation takes them out again when the action is undone.
 */
export const recordAccessEventsStep = createStep(
  "portal-record-access-events",
  async (events: AccessEventInput[], { container }) => {
    if (!events.length) return new StepResponse([], [])
    const created = await accountsService(container).createPortalAccessEvents(
      events.map((event) => ({
        ...event,
        member_id: event.member_id ?? null,
        data: event.data ?? null,
      }))
    )
    return new StepResponse(
      created,
      created.map((event) => event.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await accountsService(container).deletePortalAccessEvents(ids)
  }
)
