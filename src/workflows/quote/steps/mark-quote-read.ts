import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { Access } from "../../../shared/permissions"

/**
 * A contact opened the quote or wrote on it: its thread is read up to now
 * (docs/ARCHITECTURE.md, "Read markers"). Only a member has a marker; a link
 * holder is nobody in particular, so nothing is written. A read is a fact,
 * not a change to undo: no compensation.
 */
export const markQuoteReadStep = createStep(
  "portal-mark-quote-read",
  async ({ quote_id, access }: { quote_id: string; access?: Access }, { container }) => {
    if (access?.kind !== "member") return new StepResponse(false)
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    await portal.markQuoteRead(access.customer_id, quote_id)
    return new StepResponse(true)
  }
)
