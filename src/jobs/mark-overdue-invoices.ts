import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobRunMessage, portalJobSchedule } from "../lib/jobs"
import { markOverdueInvoicesWorkflow } from "../workflows/billing/workflows/mark-overdue-invoices"

/** Every hour, unpaid invoices past their due date become `overdue`. */
export default async function markOverdueInvoicesJob(container: MedusaContainer) {
  const { result } = await markOverdueInvoicesWorkflow(container).run()
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(jobRunMessage(config.name, result.length, "invoice(s) overdue"))
}

export const config = {
  name: "portal-mark-overdue-invoices",
  schedule: portalJobSchedule("0 * * * *"),
}
