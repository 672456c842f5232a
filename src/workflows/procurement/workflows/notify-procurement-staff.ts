import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatPurchaseOrderNumber } from "../../../modules/procurement/status"
import { adminPageUrl } from "../../shared/utils/urls"
import { staffAlertEmailsStep } from "../../portal/steps/staff-alert-emails"
import { translator } from "../../../lib/i18n"
import { storeLanguage } from "../../shared/utils/contact-language"

/** Events the supplier workflows emit; `src/subscribers/procurement-staff-alerts.ts` alerts staff. */
export const SUPPLIER_EVENTS = {
  PURCHASE_ORDER_ACKNOWLEDGED: "portal.purchase_order.acknowledged",
  SUPPLIER_BILL_SUBMITTED: "portal.supplier_bill.submitted",
} as const

export type ProcurementStaffAlert = "po_acknowledged" | "bill_submitted"

type AlertSubject = {
  purchase_order_id: string
  number: string
  supplier: string
  bill_number: string | null
  supplier_bill_id: string | null
}

/** The PO (and bill) an alert is about, with the supplier's name, for its wording. */
const loadAlertSubjectStep = createStep(
  "portal-load-procurement-alert-subject",
  async (input: { purchase_order_id?: string; supplier_bill_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let poId = input.purchase_order_id
    let bill: { id: string; bill_number: string } | null = null
    if (input.supplier_bill_id) {
      const { data } = await query.graph({
        entity: "portal_supplier_bill",
        fields: ["id", "bill_number", "purchase_order_id"],
        filters: { id: input.supplier_bill_id },
      })
      if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bill not found")
      bill = { id: data[0].id, bill_number: data[0].bill_number }
      poId = data[0].purchase_order_id as string
    }
    const { data: orders } = await query.graph({
      entity: "portal_purchase_order",
      fields: ["id", "display_number", "supplier_company_id"],
      filters: { id: poId! },
    })
    const order = orders[0]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Purchase order not found")
    const { data: companies } = await query.graph({
      entity: "portal_company",
      fields: ["id", "name"],
      filters: { id: order.supplier_company_id },
    })
    const subject: AlertSubject = {
      purchase_order_id: order.id,
      number: formatPurchaseOrderNumber(order.display_number),
      supplier: companies[0]?.name ?? "The supplier",
      bill_number: bill?.bill_number ?? null,
      supplier_bill_id: bill?.id ?? null,
    }
    return new StepResponse(subject)
  }
)

/** Each alert's sentence, in staff's language (the store's). */
const SUBJECTS: Record<
  ProcurementStaffAlert,
  (t: ReturnType<typeof translator<"email">>, subject: AlertSubject) => string
> = {
  po_acknowledged: (t, s) => t("staff.po_acknowledged", { supplier: s.supplier, number: s.number }),
  bill_submitted: (t, s) =>
    t("staff.bill_submitted", {
      supplier: s.supplier,
      bill: s.bill_number ?? "",
      number: s.number,
    }),
}

/**
 * Emails staff about something a supplier did (docs/ARCHITECTURE.md,
 * "Procurement"): the users and staff groups the portal settings list for the
 * alert, each once, with the alert's template. Runs from a subscriber, after
 * the supplier's action committed.
 */
export const notifyProcurementStaffWorkflow = createWorkflow(
  "portal-notify-procurement-staff",
  (input: {
    alert: ProcurementStaffAlert
    purchase_order_id?: string
    supplier_bill_id?: string
  }) => {
    const subject = loadAlertSubjectStep(
      transform({ input }, ({ input }) => ({
        purchase_order_id: input.purchase_order_id,
        supplier_bill_id: input.supplier_bill_id,
      }))
    )
    const email = transform({ subject, input }, ({ subject, input }) => {
      const t = translator(storeLanguage(), "email")
      const text = SUBJECTS[input.alert](t, subject)
      const action = subject.supplier_bill_id
        ? {
            label: t("staff.open_bill"),
            url: adminPageUrl(`/supplier-bills/${encodeURIComponent(subject.supplier_bill_id)}`),
          }
        : {
            label: t("staff.open_purchase_order"),
            url: adminPageUrl(`/purchase-orders/${encodeURIComponent(subject.purchase_order_id)}`),
          }
      return {
        alert: input.alert,
        subject: text,
        paragraphs: [t("staff.sentence", { text })],
        action,
        data: {
          purchase_order_id: subject.purchase_order_id,
          purchase_order_number: subject.number,
          supplier_bill_id: subject.supplier_bill_id,
          bill_number: subject.bill_number,
        },
      }
    })
    const notifications = staffAlertEmailsStep(email)
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
