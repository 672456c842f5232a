import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { newEntityId } from "../../../lib/entity-id"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { RecordedView } from "../../../modules/quote/service"
import { canTransition, QUOTE_STATUSES } from "../../../modules/quote/status"
import type { Access } from "../../../shared/permissions"
import { buyerActor } from "./buyer-access"
import { QUOTE_EVENTS } from "./events"

/** The statuses a view moves to `viewed`, from the status machine. */
const OPENED_FROM = QUOTE_STATUSES.filter((status) => canTransition(status, "viewed"))

/**
 * The buyer opened the quote. Not a workflow: a view is a fact with nothing to compensate,
 * and the token view runs it on every open, so it costs one statement (docs/ARCHITECTURE.md,
 * "Routes and guards", "Read markers"). The caller has already checked `access`.
 */
export async function recordQuoteView(
  container: MedusaContainer,
  input: { quote_id: string; access: Access }
): Promise<RecordedView | null> {
  const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
  const view = await quotes.recordView({
    quote_id: input.quote_id,
    opened_from: OPENED_FROM,
    event_id: newEntityId("quoevt"),
    actor_id: buyerActor(input.access).actor_id ?? null,
  })
  if (input.access.kind === "member") {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    await portal.markQuoteRead(input.access.customer_id, input.quote_id)
  }
  if (view?.alert_staff) {
    await container
      .resolve(Modules.EVENT_BUS)
      .emit({ name: QUOTE_EVENTS.VIEWED, data: { id: input.quote_id } })
  }
  return view
}
