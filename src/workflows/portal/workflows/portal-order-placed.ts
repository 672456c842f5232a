import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { adminPageUrl } from "../../shared/utils/urls"
import { companyOrderIds } from "../utils/company-orders"
import { linkOrderToCompany } from "../utils/link-company-order"
import { portalService } from "../steps/portal-service"
import { staffAlertEmailsStep } from "../steps/staff-alert-emails"
import { translator } from "../../../lib/i18n"
import { storeLanguage } from "../../shared/utils/contact-language"

type PlacedOrder = { id: string; display_id: number; email: string | null; company_id: string }

/**
 * The portal company of a new order: the one the place-order gate approved
 * and stamped on the cart's binding at completion (docs/ARCHITECTURE.md,
 * "Placing orders"), not the binding's current company nor the metadata Medusa
 * copies from the cart; null for any other order, and for one already linked
 * (a quote's order, or this event delivered twice).
 */
const loadPortalOrderStep = createStep(
  "portal-load-placed-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "cart.id"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    const cartId = (order as { cart?: { id?: string } | null } | undefined)?.cart?.id
    const binding = cartId ? await portalService(container).getPortalCartBinding(cartId) : null
    const companyId = binding?.approved_company_id
    if (!order || !companyId) {
      return new StepResponse(null as PlacedOrder | null)
    }
    if ((await companyOrderIds(container, companyId, [order.id])).length) {
      return new StepResponse(null as PlacedOrder | null)
    }
    return new StepResponse({
      id: order.id,
      display_id: Number(order.display_id),
      email: order.email ?? null,
      company_id: companyId,
    } as PlacedOrder | null)
  }
)

/**
 * An order placed in the portal (docs/ARCHITECTURE.md, "Placing orders"):
 * linked to its company, so it shows in the company's orders, and announced to
 * the `order_placed` staff target (users and staff groups, with its template).
 */
export const portalOrderPlacedWorkflow = createWorkflow(
  "portal-order-placed",
  (input: { order_id: string }) => {
    const order = loadPortalOrderStep(input)
    when("portal-placed-order-is-portal", { order }, ({ order }) => !!order).then(() => {
      linkOrderToCompany(
        transform({ order }, ({ order }) => ({
          order_id: order!.id,
          company_id: order!.company_id,
        }))
      )
      const email = transform({ order }, ({ order }) => {
        // Staff read the store's language (docs/ARCHITECTURE.md, "Languages").
        const t = translator(storeLanguage(), "email")
        const subject = t("staff.order_placed", { number: order!.display_id })
        return {
          alert: "order_placed" as const,
          subject,
          paragraphs: [t("staff.by", { what: subject, who: order!.email ?? t("staff.no_email") })],
          action: {
            label: t("staff.open_order"),
            url: adminPageUrl(`/orders/${encodeURIComponent(order!.id)}`),
          },
          data: { order_id: order!.id, company_id: order!.company_id },
        }
      })
      const notifications = staffAlertEmailsStep(email)
      sendNotificationsStep(notifications).config({
        name: "portal-send-order-placed-alerts",
      })
    })
    return new WorkflowResponse(order)
  }
)
