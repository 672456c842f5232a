import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import type { LevelKey } from "../../../modules/procurement/service"

/** How long a sync waits for a level's lock (seconds). */
const LEVEL_LOCK_TIMEOUT = 30

/**
 * The lock of one inventory level's incoming quantity. Not the bare inventory
 * item id: Medusa's own adjustInventoryLevelsStep locks that, and the
 * in-memory locker is not reentrant.
 */
export const incomingLockKey = (level: LevelKey) =>
  `portal-incoming:${level.inventory_item_id}:${level.location_id}`

/** Each (item, location) once, in a stable order (so two callers lock in the same order). */
export function uniqueLevels(levels: readonly LevelKey[]): LevelKey[] {
  const seen = new Map<string, LevelKey>()
  for (const level of levels) {
    seen.set(`${level.inventory_item_id}:${level.location_id}`, {
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
    })
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, level]) => level)
}

/** The PO's levels: each line's inventory item at the PO's stock location. */
export function purchaseOrderLevels(po: {
  stock_location_id: string
  lines?: ({ inventory_item_id: string } | null)[] | null
}): LevelKey[] {
  return uniqueLevels(
    (po.lines ?? []).filter(Boolean).map((line) => ({
      inventory_item_id: line!.inventory_item_id,
      location_id: po.stock_location_id,
    }))
  )
}

/**
 * Moves each level's `incoming_quantity` by the change of the purchase orders' share, so what
 * a merchant set by hand stays; under the level's lock, so concurrent syncs never lose a change
 * (docs/ARCHITECTURE.md, "Procurement"). Answers the purchase orders' share of each level.
 */
export async function syncIncoming(
  container: MedusaContainer,
  levels: readonly LevelKey[]
): Promise<Array<LevelKey & { incoming_quantity: number }>> {
  const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const written: Array<LevelKey & { incoming_quantity: number }> = []
  for (const level of uniqueLevels(levels)) {
    await locking.execute(
      incomingLockKey(level),
      async () => {
        const [open] = await procurement.openIncoming([level])
        const [share] = await procurement.listPortalIncomingShares(level, { take: 1 })
        const change = open.incoming_quantity - (share?.quantity ?? 0)
        const [existing] = await inventory.listInventoryLevels(
          { inventory_item_id: level.inventory_item_id, location_id: level.location_id },
          { take: 1 }
        )
        if (existing) {
          if (change !== 0) {
            const incoming = Math.max(0, Number(existing.incoming_quantity) + change)
            await inventory.updateInventoryLevels([{ ...level, incoming_quantity: incoming }])
          }
        } else if (open.incoming_quantity > 0) {
          await inventory.createInventoryLevels([
            { ...level, stocked_quantity: 0, incoming_quantity: open.incoming_quantity },
          ])
        }
        if (share && share.quantity !== open.incoming_quantity) {
          await procurement.updatePortalIncomingShares({
            id: share.id,
            quantity: open.incoming_quantity,
          })
        } else if (!share && open.incoming_quantity > 0) {
          await procurement.createPortalIncomingShares({
            ...level,
            quantity: open.incoming_quantity,
          })
        }
        written.push(open)
      },
      { timeout: LEVEL_LOCK_TIMEOUT }
    )
  }
  return written
}

/**
 * `syncIncoming` as a step. It writes a value derived from the POs, so there is
 * nothing of its own to undo: each step whose write it follows (a status
 * claim, booked receipts) re-syncs in its own compensation, once that write is
 * undone.
 */
export const syncIncomingStep = createStep(
  "portal-sync-incoming",
  async (levels: LevelKey[], { container }) => {
    return new StepResponse(await syncIncoming(container, levels))
  }
)

/**
 * Creates the levels that are missing (the PO's items at its location, so
 * Medusa can hold incoming and received stock there), each under its level's
 * lock so two concurrent sends create it once. Compensation deletes the ones it
 * created while they are still empty.
 */
export const ensureInventoryLevelsStep = createStep(
  "portal-ensure-inventory-levels",
  async (levels: LevelKey[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const created: string[] = []
    for (const level of uniqueLevels(levels)) {
      await locking.execute(
        incomingLockKey(level),
        async () => {
          const [existing] = await inventory.listInventoryLevels(
            { inventory_item_id: level.inventory_item_id, location_id: level.location_id },
            { take: 1 }
          )
          if (existing) return
          const [level_] = await inventory.createInventoryLevels([
            { ...level, stocked_quantity: 0, incoming_quantity: 0 },
          ])
          created.push(level_.id)
        },
        { timeout: LEVEL_LOCK_TIMEOUT }
      )
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels({ id: created })
    const empty = levels.filter(
      (level) =>
        !Number(level.stocked_quantity) &&
        !Number(level.reserved_quantity) &&
        !Number(level.incoming_quantity)
    )
    if (empty.length) await inventory.deleteInventoryLevels(empty.map((level) => level.id))
  }
)
