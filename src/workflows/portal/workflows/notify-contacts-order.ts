import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PORTAL_ACCOUNT_PATHS } from "../../../shared/contact-emails"
import type { EmailText } from "../../../lib/email/text"
import { type ContactEmail, emailCompanyContacts } from "../utils/email-company-contacts"

export const CONTACT_ORDER_EMAILS = {
  shipped: { template: "portal-contact-order-shipped" },
  delivered: { template: "portal-contact-order-delivered" },
  canceled: { template: "portal-contact-order-canceled" },
} as const

export type NotifyContactsOrderInput =
  | { happened: "shipped" | "delivered"; fulfillment_id: string }
  | { happened: "canceled"; order_id: string }

type Label = { tracking_number?: string | null; tracking_url?: string | null } | null

/** "Tracking: 1Z999 (https://…)", one line per parcel that has a number. */
const trackingLines = (labels: Label[] | null | undefined): EmailText[] =>
  (labels ?? [])
    .filter((label) => label?.tracking_number)
    .map((label) =>
      label!.tracking_url
        ? {
            key: "order.tracking_url",
            values: { number: label!.tracking_number!, url: label!.tracking_url },
          }
        : { key: "order.tracking", values: { number: label!.tracking_number! } }
    )

type NotifiedOrder = {
  id: string
  display_id: number
  /** The company of the quote the order came from; none for other orders. */
  company_id: string | null
  labels: Label[]
}

/** The order an event names (directly, or through its fulfillment), with its quote's company. */
const loadNotifiedOrderStep = createStep(
  "portal-load-notified-order",
  async (input: NotifyContactsOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let orderId: string | undefined
    let labels: Label[] = []
    if ("fulfillment_id" in input) {
      const { data } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "order.id", "labels.tracking_number", "labels.tracking_url"],
        filters: { id: input.fulfillment_id },
      })
      orderId = data[0]?.order?.id
      labels = (data[0]?.labels ?? []) as Label[]
    } else {
      orderId = input.order_id
    }
    if (!orderId) return new StepResponse(null)
    const [{ data: orders }, { data: quotes }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderId } }),
      query.graph({
        entity: "portal_quote",
        fields: ["company_id"],
        filters: { order_id: orderId },
      }),
    ])
    if (!orders[0]) return new StepResponse(null)
    const order: NotifiedOrder = {
      id: orders[0].id,
      display_id: Number(orders[0].display_id),
      company_id: quotes[0]?.company_id ?? null,
      labels,
    }
    return new StepResponse(order)
  }
)

/**
 * An order changed in a way the client sees (shipped, with its tracking;
 * delivered; cancelled): the contacts of the company of its quote who may see
 * orders hear of it (docs/ARCHITECTURE.md, "Contact emails"). Medusa's
 * shipment and delivery events name the fulfillment; its order is read here.
 */
export const notifyContactsOrderWorkflow = createWorkflow(
  "portal-notify-contacts-order",
  (input: NotifyContactsOrderInput) => {
    const order = loadNotifiedOrderStep(input)
    const email = transform({ input, order }, ({ input, order }): ContactEmail => {
      const what = CONTACT_ORDER_EMAILS[input.happened]
      const number = order ? `#${order.display_id}` : ""
      const occurrence = "fulfillment_id" in input ? input.fulfillment_id : input.order_id
      return {
        // An order we cannot place (no quote, or gone) concerns no company.
        company_id: order?.company_id,
        kind: "orders",
        template: what.template,
        subject: { key: `order.${input.happened}_subject`, values: { number } },
        lines: [
          { key: `order.${input.happened}_line`, values: { number } },
          ...(input.happened === "shipped" ? trackingLines(order?.labels) : []),
        ],
        path: PORTAL_ACCOUNT_PATHS.order(order?.id ?? ""),
        data: { order_id: order?.id, order_display_id: order?.display_id },
        occurrence,
      }
    })
    return new WorkflowResponse(emailCompanyContacts(email))
  }
)
