import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobRunMessage, portalJobSchedule } from "../lib/jobs"
import { expireQuotesWorkflow } from "../workflows/quote/workflows/expire-quotes"

/** Every quarter hour, open quotes past their validity become `expired`. */
export default async function expireQuotesJob(container: MedusaContainer) {
  const { result } = await expireQuotesWorkflow(container).run()
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(jobRunMessage(config.name, result.length, "quote(s) expired"))
}

export const config = {
  name: "portal-expire-quotes",
  schedule: portalJobSchedule("*/15 * * * *"),
}
